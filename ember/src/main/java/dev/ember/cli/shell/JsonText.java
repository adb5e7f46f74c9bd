package dev.ember.cli.shell;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** A row as one JSON object: numbers and booleans bare, nested values as JSON, other values as their shell text. */
final class JsonText {
  private final HiveText hive;

  JsonText(HiveText hive) {
    this.hive = hive;
  }

  String object(Row row, StructType schema) {
    StringBuilder json = new StringBuilder("{");
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(quote(fields[i].name())).append(':').append(value(row.get(i), fields[i].dataType()));
    }
    return json.append('}').toString();
  }

  private String value(Object value, DataType type) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? value.toString() : quote(value.toString());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Row struct && type instanceof StructType structType) {
      return object(struct, structType);
    }
    if (value instanceof scala.collection.Map<?, ?> map && type instanceof MapType mapType) {
      StringBuilder json = new StringBuilder("{");
      for (Map.Entry<?, ?> entry : CollectionConverters.asJava(map).entrySet()) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(quote(hive.text(entry.getKey(), mapType.keyType(), false))).append(':')
            .append(value(entry.getValue(), mapType.valueType()));
      }
      return json.append('}').toString();
    }
    if (value instanceof scala.collection.Iterable<?> items && type instanceof ArrayType arrayType) {
      StringBuilder json = new StringBuilder("[");
      for (Object item : CollectionConverters.asJava(items)) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(value(item, arrayType.elementType()));
      }
      return json.append(']').toString();
    }
    return quote(hive.text(value, type, false));
  }

  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
