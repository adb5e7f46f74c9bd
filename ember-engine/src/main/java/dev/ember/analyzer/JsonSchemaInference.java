package dev.ember.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Spark's JSON schema inference: integers are bigint, other numbers double, objects structs with
 * fields in name order, conflicting types string; a field never seen with a value is string.
 */
final class JsonSchemaInference {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON Lines records may quote with ' (allowSingleQuotes, Spark's default). */
  private static final ObjectMapper SINGLE_QUOTES = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_SINGLE_QUOTES);

  private JsonSchemaInference() {
  }

  static StructType infer(List<String> files, Map<String, String> options) {
    boolean multiLine = Boolean.parseBoolean(options.getOrDefault("multiline", "false"));
    String mode = options.getOrDefault("mode", "PERMISSIVE").toUpperCase(java.util.Locale.ROOT);
    boolean malformedSeen = false;
    DataType schema = AtomicType.NULL;
    boolean singleQuotes = Boolean.parseBoolean(options.getOrDefault("allowsinglequotes", "true"));
    for (String file : files) {
      byte[] content = contentOf(file);
      List<Optional<String>> records = multiLine ? List.of(JsonRecordLines.whole(content)) : JsonRecordLines.of(content);
      for (Optional<String> line : records) {
        String record = line.map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text).orElse(null);
        if (record != null && record.isBlank()) {
          continue;
        }
        JsonNode node = record == null ? null : parse(record, singleQuotes && !multiLine ? SINGLE_QUOTES : JSON);
        Optional<List<JsonNode>> objects = rootObjects(node, multiLine);
        if (objects.isEmpty()) {
          if (mode.equals("FAILFAST")) {
            throw malformedRecord(options);
          }
          malformedSeen = true;
          continue;
        }
        for (JsonNode object : objects.get()) {
          schema = merge(schema, typeOf(object));
        }
      }
    }
    DataType finished = finish(schema);
    StructType struct = finished instanceof StructType inferred ? inferred : new StructType(List.of());
    if (malformedSeen && mode.equals("PERMISSIVE")) {
      // Spark keeps a malformed record's text in a string field, sorted in among the others
      Map<String, DataType> fields = new TreeMap<>();
      struct.fields().forEach(field -> fields.put(field.name(), field.dataType()));
      fields.putIfAbsent(options.getOrDefault("columnnameofcorruptrecord", "_corrupt_record"), AtomicType.STRING);
      return struct(fields);
    }
    return struct;
  }

  /**
   * The records a root value holds: an object, or an array of objects (Spark reads one row per object, none for an
   * empty array; a multiLine document's array of values as the inference read them before); empty when the value is
   * not JSON or another root value (a malformed record).
   */
  private static Optional<List<JsonNode>> rootObjects(JsonNode node, boolean multiLine) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      List<JsonNode> records = new ArrayList<>();
      node.forEach(records::add);
      return multiLine || records.stream().allMatch(JsonNode::isObject) ? Optional.of(records) : Optional.empty();
    }
    return node.isObject() ? Optional.of(List.of(node)) : Optional.empty();
  }

  private static byte[] contentOf(String file) {
    try {
      return dev.ember.engine.files.CompressedFiles.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw dev.ember.plan.errors.RaisedError.failedReadFile(file);
    }
  }

  /** The record, or null when it is not JSON. */
  private static JsonNode parse(String record, ObjectMapper mapper) {
    try {
      return mapper.readTree(record);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null; // malformed: the caller applies the mode
    }
  }

  static dev.ember.plan.errors.EmberException malformedRecord(Map<String, String> options) {
    String column = options.getOrDefault("columnnameofcorruptrecord", "_corrupt_record");
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.SPARK,
        "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", "22023", "Malformed records are detected in record parsing: "
            + column + ". Parse Mode: FAILFAST. To process malformed records as null result, try setting the option "
            + "'mode' as 'PERMISSIVE'.", Map.of("badRecord", column, "failFastMode", "FAILFAST"));
  }

  private static DataType typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return AtomicType.NULL;
    }
    if (node.isBoolean()) {
      return AtomicType.BOOLEAN;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? AtomicType.LONG : AtomicType.DOUBLE;
    }
    if (node.isNumber()) {
      return AtomicType.DOUBLE;
    }
    if (node.isObject()) {
      Map<String, DataType> fields = new TreeMap<>();
      node.fields().forEachRemaining(field -> fields.put(field.getKey(), typeOf(field.getValue())));
      return struct(fields);
    }
    if (node.isArray()) {
      DataType element = AtomicType.NULL;
      for (JsonNode item : node) {
        element = merge(element, typeOf(item));
      }
      return new ArrayType(element, true);
    }
    return AtomicType.STRING;
  }

  private static DataType merge(DataType a, DataType b) {
    if (a == AtomicType.NULL || a.equals(b)) {
      return b;
    }
    if (b == AtomicType.NULL) {
      return a;
    }
    if ((a == AtomicType.LONG && b == AtomicType.DOUBLE) || (a == AtomicType.DOUBLE && b == AtomicType.LONG)) {
      return AtomicType.DOUBLE;
    }
    if (a instanceof StructType left && b instanceof StructType right) {
      Map<String, DataType> fields = new TreeMap<>();
      left.fields().forEach(field -> fields.put(field.name(), field.dataType()));
      right.fields().forEach(field -> fields.merge(field.name(), field.dataType(), JsonSchemaInference::merge));
      return struct(fields);
    }
    if (a instanceof ArrayType left && b instanceof ArrayType right) {
      return new ArrayType(merge(left.elementType(), right.elementType()), true);
    }
    return AtomicType.STRING;
  }

  private static StructType struct(Map<String, DataType> fields) {
    List<StructField> list = new ArrayList<>();
    fields.forEach((name, type) -> list.add(new StructField(name, type, true)));
    return new StructType(list);
  }

  /** Types never seen with a value become string. */
  private static DataType finish(DataType type) {
    if (type == AtomicType.NULL) {
      return AtomicType.STRING;
    }
    if (type instanceof StructType struct) {
      return new StructType(struct.fields().stream()
          .map(field -> new StructField(field.name(), finish(field.dataType()), true)).toList());
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(finish(array.elementType()), true);
    }
    return type;
  }
}
