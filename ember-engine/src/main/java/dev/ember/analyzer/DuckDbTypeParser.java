package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Spark type of a column DuckDB describes (e.g. a Parquet column): {@code DECIMAL(10,2)}, {@code VARCHAR[]}, {@code STRUCT(...)}. */
final class DuckDbTypeParser {
  private final String text;
  private int position;

  private DuckDbTypeParser(String text) {
    this.text = text;
  }

  static DataType parse(String duckDbType) {
    DuckDbTypeParser parser = new DuckDbTypeParser(duckDbType.trim());
    DataType type = parser.type();
    if (parser.position != parser.text.length()) {
      throw unsupported(duckDbType);
    }
    return type;
  }

  private DataType type() {
    DataType type = base();
    while (text.startsWith("[]", position)) {
      position += 2;
      type = new ArrayType(type, true);
    }
    return type;
  }

  private DataType base() {
    if (consume("STRUCT(")) {
      List<StructField> fields = new ArrayList<>();
      do {
        String name = name();
        skipSpaces();
        fields.add(new StructField(name, type(), true));
      } while (consume(", "));
      expect(")");
      return new StructType(fields);
    }
    if (consume("MAP(")) {
      DataType key = type();
      expect(", ");
      DataType value = type();
      expect(")");
      return new MapType(key, value, true);
    }
    if (consume("DECIMAL(")) {
      int precision = number();
      expect(",");
      int scale = number();
      expect(")");
      return new DecimalType(precision, scale);
    }
    for (Map.Entry<String, DataType> atomic : ATOMIC) {
      if (consume(atomic.getKey())) {
        return atomic.getValue();
      }
    }
    throw unsupported(text);
  }

  /** Longest names first, so that TIMESTAMP WITH TIME ZONE wins over TIMESTAMP. */
  private static final List<Map.Entry<String, DataType>> ATOMIC = List.of(
      Map.entry("TIMESTAMP WITH TIME ZONE", AtomicType.TIMESTAMP),
      Map.entry("TIMESTAMP_NS", AtomicType.TIMESTAMP_NTZ),
      Map.entry("TIMESTAMP_MS", AtomicType.TIMESTAMP_NTZ),
      Map.entry("TIMESTAMP_S", AtomicType.TIMESTAMP_NTZ),
      Map.entry("TIMESTAMP", AtomicType.TIMESTAMP_NTZ),
      Map.entry("BOOLEAN", AtomicType.BOOLEAN),
      Map.entry("TINYINT", AtomicType.BYTE),
      Map.entry("SMALLINT", AtomicType.SHORT),
      Map.entry("INTEGER", AtomicType.INTEGER),
      Map.entry("BIGINT", AtomicType.LONG),
      Map.entry("FLOAT", AtomicType.FLOAT),
      Map.entry("DOUBLE", AtomicType.DOUBLE),
      Map.entry("VARCHAR", AtomicType.STRING),
      Map.entry("BLOB", AtomicType.BINARY),
      Map.entry("DATE", AtomicType.DATE),
      Map.entry("\"NULL\"", AtomicType.NULL));

  private String name() {
    if (consume("\"")) {
      int end = text.indexOf('"', position);
      String name = text.substring(position, end);
      position = end + 1;
      return name;
    }
    int start = position;
    while (position < text.length() && text.charAt(position) != ' ') {
      position++;
    }
    return text.substring(start, position);
  }

  private int number() {
    int start = position;
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    return Integer.parseInt(text.substring(start, position));
  }

  private boolean consume(String token) {
    if (text.startsWith(token, position)) {
      position += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!consume(token)) {
      throw unsupported(text);
    }
  }

  private void skipSpaces() {
    while (position < text.length() && text.charAt(position) == ' ') {
      position++;
    }
  }

  private static RuntimeException unsupported(String duckDbType) {
    return SparkErrors.unsupported("UNSUPPORTED_DATATYPE", "0A000", "Unsupported data type " + duckDbType + ".",
        Map.of("typeName", "\"" + duckDbType + "\""));
  }
}
