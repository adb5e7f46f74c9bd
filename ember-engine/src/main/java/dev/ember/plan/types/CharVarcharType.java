package dev.ember.plan.types;

/**
 * Spark's {@code CHAR(n)} and {@code VARCHAR(n)} as a table's schema declares them: the catalog keeps the declared
 * type (DESCRIBE and SHOW CREATE TABLE print {@code char(5)}, {@code varchar(6)}), while every value read or
 * computed is a {@link AtomicType#STRING} (Spark's {@code CharVarcharUtils} replaces them with {@code StringType}
 * and keeps the declared type in the column's metadata, as {@code dev.ember.plan.resolved.Attribute#declaredType}
 * does). A {@code CHAR} value is read padded to {@code length} with spaces; a value written to either is checked
 * against {@code length} (trailing spaces beyond it are dropped), a {@code CHAR} one padded.
 */
public record CharVarcharType(boolean fixedLength, int length) implements DataType {
  public CharVarcharType {
    if (length < 0) {
      throw new IllegalArgumentException("negative char/varchar length: " + length);
    }
  }

  public static CharVarcharType ofChar(int length) {
    return new CharVarcharType(true, length);
  }

  public static CharVarcharType ofVarchar(int length) {
    return new CharVarcharType(false, length);
  }

  @Override
  public String simpleString() {
    return (fixedLength ? "char(" : "varchar(") + length + ")";
  }

  @Override
  public String sql() {
    return (fixedLength ? "CHAR(" : "VARCHAR(") + length + ")";
  }

  /** Whether the type is or holds (in a struct, array or map) a char or varchar type. */
  public static boolean occursIn(DataType type) {
    if (type instanceof CharVarcharType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return occursIn(array.elementType());
    }
    if (type instanceof MapType map) {
      return occursIn(map.keyType()) || occursIn(map.valueType());
    }
    return type instanceof StructType struct && struct.fields().stream().anyMatch(field -> occursIn(field.dataType()));
  }

  /** The type with every char and varchar type a string, as values have it (Spark's replaceCharVarcharWithString). */
  public static DataType asString(DataType type) {
    if (!occursIn(type)) {
      return type;
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(asString(array.elementType()), array.containsNull());
    }
    if (type instanceof MapType map) {
      return new MapType(asString(map.keyType()), asString(map.valueType()), map.valueContainsNull());
    }
    if (type instanceof StructType struct) {
      return new StructType(struct.fields().stream()
          .map(field -> new StructField(field.name(), asString(field.dataType()), field.nullable())).toList());
    }
    return AtomicType.STRING;
  }
}
