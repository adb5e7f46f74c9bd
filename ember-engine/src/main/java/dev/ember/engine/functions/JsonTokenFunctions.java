package dev.ember.engine.functions;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * json_tuple's fields, json_array_length and json_object_keys as Spark computes them: Jackson's streaming
 * parser with Spark's shared factory (single quotes and unescaped control characters allowed), a malformed
 * document giving NULL. A list of strings travels as a JSON array the generated SQL reads back.
 */
public final class JsonTokenFunctions {
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final JsonFactory WRITER = new JsonFactory();

  static final JavaFunction TUPLE_FIELD = JavaFunction.of("ember_json_tuple",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : field((String) arguments[0], (String) arguments[1]));
  static final JavaFunction ARRAY_LENGTH = JavaFunction.of("ember_json_array_length",
      List.of(DuckDBColumnType.VARCHAR), DuckDBColumnType.INTEGER,
      arguments -> arguments[0] == null ? null : arrayLength((String) arguments[0]));
  static final JavaFunction OBJECT_KEYS = JavaFunction.of("ember_json_object_keys",
      List.of(DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : objectKeys((String) arguments[0]));

  private JsonTokenFunctions() {
  }

  /**
   * The value of the object's field {@code name} as json_tuple writes it (a string without its quotes,
   * anything else as JSON text); the last occurrence wins, as in Spark's row, and a document that fails
   * to parse anywhere gives NULL for every field.
   */
  static String field(String json, String name) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String value = null;
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        if (parser.currentToken() == JsonToken.FIELD_NAME) {
          boolean wanted = parser.currentName().equals(name);
          JsonToken token = parser.nextToken();
          if (wanted) {
            value = token == JsonToken.VALUE_NULL ? null : copy(parser);
          }
        }
        parser.skipChildren();
      }
      return value;
    } catch (IOException malformed) {
      return null;
    }
  }

  private static String copy(JsonParser parser) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(output, JsonEncoding.UTF8)) {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        generator.writeRaw(parser.getText());
      } else {
        generator.copyCurrentStructure(parser);
      }
    }
    return output.toString(StandardCharsets.UTF_8);
  }

  static Integer arrayLength(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      int length = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        length++;
        parser.skipChildren();
      }
      return length;
    } catch (IOException malformed) {
      return null;
    }
  }

  /** The top-level object's keys in document order, as a JSON array; NULL for anything but an object. */
  static String objectKeys(String json) {
    List<String> keys = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        keys.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException malformed) {
      return null;
    }
    return jsonArray(keys);
  }

  /** Strings as a JSON array (the way lists of strings travel back to SQL). */
  static String jsonArray(List<String> values) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = WRITER.createGenerator(text)) {
      generator.writeStartArray();
      for (String value : values) {
        generator.writeString(value);
      }
      generator.writeEndArray();
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return text.toString();
  }
}
