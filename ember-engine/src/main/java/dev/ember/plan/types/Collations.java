package dev.ember.plan.types;

import java.util.ArrayList;
import java.util.List;

/** The collation of string types: what a type's strings compare under, and the type without it. */
public final class Collations {
  /** Spark's default collation, that of {@link AtomicType#STRING}. */
  public static final String UTF8_BINARY = "UTF8_BINARY";

  private Collations() {
  }

  /** Whether the type is a string type, of any collation. */
  public static boolean isString(DataType type) {
    return type == AtomicType.STRING || type instanceof CollatedStringType;
  }

  /** The collation of a string type ({@code UTF8_BINARY} for {@code string}), else {@code null}. */
  public static String of(DataType type) {
    if (type == AtomicType.STRING) {
      return UTF8_BINARY;
    }
    return type instanceof CollatedStringType collated ? collated.collation() : null;
  }

  /** Whether strings of the type compare other than byte by byte (any collation but UTF8_BINARY). */
  public static boolean nonBinary(DataType type) {
    String collation = of(type);
    return collation != null && !collation.equals(UTF8_BINARY);
  }

  /** Whether the type holds a string of a collation other than UTF8_BINARY anywhere inside. */
  public static boolean holdsNonBinary(DataType type) {
    if (type instanceof ArrayType array) {
      return holdsNonBinary(array.elementType());
    }
    if (type instanceof MapType map) {
      return holdsNonBinary(map.keyType()) || holdsNonBinary(map.valueType());
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream().anyMatch(field -> holdsNonBinary(field.dataType()));
    }
    return nonBinary(type);
  }

  /**
   * The type with each {@code string} written without a collation (nested ones too) of {@code collated}: a table's or
   * schema's DEFAULT COLLATION applied to its columns.
   */
  public static DataType withDefault(DataType type, DataType collated) {
    if (type == AtomicType.STRING) {
      return collated;
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(withDefault(array.elementType(), collated), array.containsNull());
    }
    if (type instanceof MapType map) {
      return new MapType(withDefault(map.keyType(), collated), withDefault(map.valueType(), collated),
          map.valueContainsNull());
    }
    if (type instanceof StructType struct) {
      List<StructField> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        fields.add(new StructField(field.name(), withDefault(field.dataType(), collated), field.nullable()));
      }
      return new StructType(fields);
    }
    return type;
  }

  /** The type with each string of it the default {@code string}: how its values are held. */
  public static DataType withoutCollation(DataType type) {
    if (type instanceof CollatedStringType) {
      return AtomicType.STRING;
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(withoutCollation(array.elementType()), array.containsNull());
    }
    if (type instanceof MapType map) {
      return new MapType(withoutCollation(map.keyType()), withoutCollation(map.valueType()),
          map.valueContainsNull());
    }
    if (type instanceof StructType struct) {
      List<StructField> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        fields.add(new StructField(field.name(), withoutCollation(field.dataType()), field.nullable()));
      }
      return new StructType(fields);
    }
    return type;
  }

}
