package dev.ember.analyzer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.ember.engine.functions.CompatibleTypes;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * schema_of_json: Spark's JsonInferSchema on one document — inferField (integers bigint, other numbers
 * double or, with prefersDecimal, decimal; objects structs with fields sorted by name), compatibleType
 * between array elements and canonicalizeType (NULL becomes string, empty structs disappear).
 */
final class JsonValueSchema {
  private JsonValueSchema() {
  }

  static DataType infer(String json, Map<String, String> options) {
    try (JsonParser parser = factory(options).createParser(json)) {
      parser.nextToken();
      DataType inferred = inferField(parser, options);
      if (inferred instanceof StructType struct) {
        return canonical(struct).orElse(new StructType(List.of()));
      }
      if (inferred instanceof ArrayType array && array.elementType() instanceof StructType element) {
        return new ArrayType(canonical(element).orElse(new StructType(List.of())), array.containsNull());
      }
      return canonical(inferred).orElse(AtomicType.STRING);
    } catch (IOException malformed) {
      // Spark lets Jackson's own exception through here, with no error class
      throw dev.ember.plan.errors.SparkErrors.internal(malformed.getMessage());
    }
  }

  private static JsonFactory factory(Map<String, String> options) {
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    builder.configure(JsonReadFeature.ALLOW_JAVA_COMMENTS, flag(options, "allowcomments", false));
    builder.configure(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, flag(options, "allowunquotedfieldnames", false));
    builder.configure(JsonReadFeature.ALLOW_SINGLE_QUOTES, flag(options, "allowsinglequotes", true));
    builder.configure(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, flag(options, "allownumericleadingzeros", false));
    builder.configure(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, flag(options, "allownonnumericnumbers", true));
    builder.configure(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
        flag(options, "allowbackslashescapinganycharacter", false));
    builder.configure(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, flag(options, "allowunquotedcontrolchars", false));
    return builder.build();
  }

  private static boolean flag(Map<String, String> options, String key, boolean otherwise) {
    String value = options.get(key);
    return value == null ? otherwise : Boolean.parseBoolean(value.trim());
  }

  private static DataType inferField(JsonParser parser, Map<String, String> options) throws IOException {
    boolean primitivesAsString = flag(options, "primitivesasstring", false);
    boolean prefersDecimal = flag(options, "prefersdecimal", false);
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.VALUE_NULL) {
      return AtomicType.NULL;
    }
    switch (token) {
      case FIELD_NAME:
        parser.nextToken();
        return inferField(parser, options);
      case VALUE_STRING:
        if (prefersDecimal) {
          try {
            BigDecimal value = new BigDecimal(parser.getText().replace(",", ""));
            return new DecimalType(value.precision(), value.scale());
          } catch (RuntimeException notDecimal) {
            return AtomicType.STRING;
          }
        }
        return AtomicType.STRING;
      case START_OBJECT:
        List<StructField> fields = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String name = parser.currentName();
          parser.nextToken();
          fields.add(new StructField(name, inferField(parser, options), true));
        }
        fields.sort(Comparator.comparing(StructField::name));
        return new StructType(fields);
      case START_ARRAY:
        DataType element = AtomicType.NULL;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          element = compatible(element, inferField(parser, options));
        }
        return new ArrayType(element, true);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (primitivesAsString) {
          return AtomicType.STRING;
        }
        return switch (parser.getNumberType()) {
          case INT, LONG -> AtomicType.LONG;
          case BIG_INTEGER, BIG_DECIMAL -> decimal(parser.getDecimalValue());
          default -> prefersDecimal ? decimal(parser.getDecimalValue()) : AtomicType.DOUBLE;
        };
      case VALUE_TRUE:
      case VALUE_FALSE:
        return primitivesAsString ? AtomicType.STRING : AtomicType.BOOLEAN;
      default:
        return AtomicType.STRING;
    }
  }

  private static DataType decimal(BigDecimal value) {
    int precision = Math.max(value.precision(), value.scale());
    return precision <= DecimalType.MAX_PRECISION ? new DecimalType(precision, Math.max(value.scale(), 0))
        : AtomicType.DOUBLE;
  }

  private static DataType compatible(DataType left, DataType right) {
    return CompatibleTypes.compatible(left, right, AtomicType.STRING);
  }

  /** Spark's canonicalizeType: NULL is string, nameless fields and empty structs are dropped. */
  private static Optional<DataType> canonical(DataType type) {
    if (type instanceof ArrayType array) {
      return canonical(array.elementType()).map(element -> new ArrayType(element, array.containsNull()));
    }
    if (type instanceof StructType struct) {
      List<StructField> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        if (!field.name().isEmpty()) {
          canonical(field.dataType()).ifPresent(canonical -> fields.add(new StructField(field.name(), canonical, true)));
        }
      }
      return fields.isEmpty() ? Optional.empty() : Optional.of(new StructType(fields));
    }
    return Optional.of(type == AtomicType.NULL ? AtomicType.STRING : type);
  }
}
