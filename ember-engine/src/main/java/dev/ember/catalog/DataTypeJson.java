package dev.ember.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.TimeType;
import dev.ember.plan.types.VariantType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as the catalog file keeps it: a leaf type is its Spark {@code simpleString} ({@code bigint},
 * {@code decimal(10,2)}, {@code interval day to second}), a struct, array or map an object of its parts.
 */
final class DataTypeJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),(\\d+)\\)");
  private static final Pattern CHAR_VARCHAR = Pattern.compile("(char|varchar)\\((\\d+)\\)");
  private static final Pattern SPATIAL = Pattern.compile("(geometry|geography)\\((any|-?\\d+)\\)");
  /** Every leaf type but decimals and spatial types, by its simpleString. */
  private static final Map<String, DataType> LEAVES = leaves();

  private DataTypeJson() {
  }

  static JsonNode write(DataType type) {
    if (type instanceof StructType struct) {
      ObjectNode node = NODES.objectNode();
      ArrayNode fields = node.putArray("struct");
      struct.fields().forEach(field -> fields.add(field(field)));
      return node;
    }
    if (type instanceof ArrayType array) {
      ObjectNode node = NODES.objectNode();
      node.set("array", write(array.elementType()));
      node.put("containsNull", array.containsNull());
      return node;
    }
    if (type instanceof MapType map) {
      ObjectNode node = NODES.objectNode();
      node.set("key", write(map.keyType()));
      node.set("value", write(map.valueType()));
      node.put("valueContainsNull", map.valueContainsNull());
      return node;
    }
    return NODES.textNode(type.simpleString());
  }

  static ObjectNode field(StructField field) {
    ObjectNode node = NODES.objectNode();
    node.put("name", field.name());
    node.set("type", write(field.dataType()));
    node.put("nullable", field.nullable());
    return node;
  }

  static StructField readField(JsonNode node) {
    return new StructField(node.get("name").asText(), read(node.get("type")), node.get("nullable").asBoolean());
  }

  static DataType read(JsonNode node) {
    if (node.isTextual()) {
      return leaf(node.asText());
    }
    if (node.has("struct")) {
      List<StructField> fields = new ArrayList<>();
      node.get("struct").forEach(field -> fields.add(readField(field)));
      return new StructType(fields);
    }
    if (node.has("array")) {
      return new ArrayType(read(node.get("array")), node.get("containsNull").asBoolean());
    }
    return new MapType(read(node.get("key")), read(node.get("value")), node.get("valueContainsNull").asBoolean());
  }

  private static DataType leaf(String text) {
    DataType known = LEAVES.get(text);
    if (known != null) {
      return known;
    }
    Matcher decimal = DECIMAL.matcher(text);
    if (decimal.matches()) {
      return new DecimalType(Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
    }
    if (text.startsWith("string collate ")) {
      return new dev.ember.plan.types.CollatedStringType(text.substring("string collate ".length()));
    }
    Matcher charVarchar = CHAR_VARCHAR.matcher(text);
    if (charVarchar.matches()) {
      return new dev.ember.plan.types.CharVarcharType(charVarchar.group(1).equals("char"),
          Integer.parseInt(charVarchar.group(2)));
    }
    Matcher spatial = SPATIAL.matcher(text);
    if (spatial.matches()) {
      return new SpatialType(spatial.group(1).equals("geography"),
          spatial.group(2).equals("any") ? SpatialType.MIXED_SRID : Integer.parseInt(spatial.group(2)));
    }
    throw new IllegalArgumentException("not a type the catalog writes: " + text);
  }

  private static Map<String, DataType> leaves() {
    Map<String, DataType> leaves = new HashMap<>();
    for (AtomicType type : AtomicType.values()) {
      leaves.put(type.simpleString(), type);
    }
    for (int start = DayTimeIntervalType.DAY; start <= DayTimeIntervalType.SECOND; start++) {
      for (int end = start; end <= DayTimeIntervalType.SECOND; end++) {
        DataType type = new DayTimeIntervalType(start, end);
        leaves.put(type.simpleString(), type);
      }
    }
    for (int start = YearMonthIntervalType.YEAR; start <= YearMonthIntervalType.MONTH; start++) {
      for (int end = start; end <= YearMonthIntervalType.MONTH; end++) {
        DataType type = new YearMonthIntervalType(start, end);
        leaves.put(type.simpleString(), type);
      }
    }
    for (int precision = TimeType.MIN_PRECISION; precision <= TimeType.MAX_PRECISION; precision++) {
      leaves.put(new TimeType(precision).simpleString(), new TimeType(precision));
    }
    leaves.put(VariantType.INSTANCE.simpleString(), VariantType.INSTANCE);
    return Map.copyOf(leaves);
  }
}
