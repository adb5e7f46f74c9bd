package dev.ember.engine.arrow;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The physical shape of a type, without names: {@code BIGINT}, {@code DECIMAL(12,2)},
 * {@code VARCHAR[]}, {@code MAP(VARCHAR,INTEGER)}, {@code STRUCT(INTEGER,VARCHAR)}. A DuckDB column whose
 * type name (as JDBC's metadata spells it) has the shape of its Spark type is exported by DuckDB as
 * Arrow with exactly the buffers Spark's Arrow type has; only names, nullability and the time zone
 * label differ, and those come from Spark's schema.
 */
final class DuckDbTypeLayout {
  private final String text;
  private int position;

  private DuckDbTypeLayout(String text) {
    this.text = text;
  }

  /** The shape of a Spark type in DuckDB, or empty where Ember keeps the row path (the NULL type). */
  static Optional<String> of(DataType type) {
    if (type instanceof dev.ember.plan.types.CollatedStringType) {
      return of(dev.ember.plan.types.AtomicType.STRING);
    }
    if (type instanceof DecimalType decimal) {
      return Optional.of("DECIMAL(" + decimal.precision() + "," + decimal.scale() + ")");
    }
    if (type instanceof ArrayType array) {
      return of(array.elementType()).map(element -> element + "[]");
    }
    if (type instanceof MapType map) {
      return of(map.keyType()).flatMap(key -> of(map.valueType()).map(value -> "MAP(" + key + "," + value + ")"));
    }
    if (type instanceof dev.ember.plan.types.SpatialType spatial) {
      return of(spatial.physical());
    }
    if (type instanceof dev.ember.plan.types.VariantType variant) {
      return of(variant.physical());
    }
    if (type instanceof StructType struct) {
      List<String> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        Optional<String> shape = of(field.dataType());
        if (shape.isEmpty()) {
          return Optional.empty();
        }
        fields.add(shape.get());
      }
      return fields.isEmpty() ? Optional.empty() : Optional.of("STRUCT(" + String.join(",", fields) + ")");
    }
    // intervals keep the row path: DuckDB exports their integers (and INTERVAL's microseconds) with other Arrow types
    return type instanceof AtomicType atomic ? atomic(atomic) : Optional.empty();
  }

  private static Optional<String> atomic(AtomicType type) {
    switch (type) {
      case BOOLEAN: return Optional.of("BOOLEAN");
      case BYTE: return Optional.of("TINYINT");
      case SHORT: return Optional.of("SMALLINT");
      case INTEGER: return Optional.of("INTEGER");
      case LONG: return Optional.of("BIGINT");
      case FLOAT: return Optional.of("FLOAT");
      case DOUBLE: return Optional.of("DOUBLE");
      case STRING: return Optional.of("VARCHAR");
      case BINARY: return Optional.of("BLOB");
      case DATE: return Optional.of("DATE");
      case TIMESTAMP: return Optional.of("TIMESTAMP WITH TIME ZONE");
      case TIMESTAMP_NTZ: return Optional.of("TIMESTAMP");
      default: return Optional.empty();
    }
  }

  /** The shape of a DuckDB type name, e.g. {@code STRUCT(x INTEGER, "Y z" VARCHAR[])}; empty if not understood. */
  static Optional<String> ofDuckDb(String typeName) {
    DuckDbTypeLayout parser = new DuckDbTypeLayout(typeName);
    try {
      String shape = parser.type();
      return parser.position == typeName.length() ? Optional.of(shape) : Optional.empty();
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String type() {
    String shape;
    if (text.startsWith("STRUCT(", position)) {
      position += "STRUCT(".length();
      List<String> fields = new ArrayList<>();
      do {
        skipName();
        expect(" ");
        fields.add(type());
      } while (consume(", "));
      expect(")");
      shape = fields.stream().collect(Collectors.joining(",", "STRUCT(", ")"));
    } else if (text.startsWith("MAP(", position)) {
      position += "MAP(".length();
      String key = type();
      expect(", ");
      String value = type();
      expect(")");
      shape = "MAP(" + key + "," + value + ")";
    } else if (text.startsWith("DECIMAL(", position)) {
      int end = text.indexOf(')', position);
      shape = text.substring(position, end + 1).replace(" ", "");
      position = end + 1;
    } else {
      int start = position;
      while (position < text.length() && ",)[(\"".indexOf(text.charAt(position)) < 0) {
        position++;
      }
      shape = text.substring(start, position);
    }
    while (consume("[]")) {
      shape += "[]";
    }
    return shape;
  }

  private void skipName() {
    if (text.charAt(position) != '"') {
      position = text.indexOf(' ', position);
      return;
    }
    position++;
    while (true) {
      int quote = text.indexOf('"', position);
      if (quote < 0) {
        throw new IllegalArgumentException("unterminated name");
      }
      position = quote + 1;
      if (!consume("\"")) {
        return;
      }
    }
  }

  private boolean consume(String expected) {
    if (text.startsWith(expected, position)) {
      position += expected.length();
      return true;
    }
    return false;
  }

  private void expect(String expected) {
    if (!consume(expected)) {
      throw new IllegalArgumentException("expected " + expected);
    }
  }
}
