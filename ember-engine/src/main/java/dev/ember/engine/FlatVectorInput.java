package dev.ember.engine;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBReadableVector;

/**
 * A user function's argument vector of a fixed-width type read straight from DuckDB's buffers, as the JDBC driver's
 * getters read it (the value at the row's offset, NULL where the validity bit is clear, none NULL without a mask),
 * without their checks of index, type and NULL on every value. Null when the driver's buffers cannot be reached
 * (another driver version): the getters are used then.
 */
final class FlatVectorInput {
  private static final Field DATA = field(DuckDBReadableVector.class, "data");
  private static final Field VALIDITY = field(DuckDBReadableVector.class, "validity");
  private final DuckDBColumnType type;
  private final ByteBuffer data;
  private final ByteBuffer validity;

  private FlatVectorInput(DuckDBColumnType type, ByteBuffer data, ByteBuffer validity) {
    this.type = type;
    this.data = data;
    this.validity = validity;
  }

  /** A vector class's ByteBuffer field, made accessible; null when this driver version has none of that name. */
  static Field field(Class<?> vector, String name) {
    try {
      Field field = vector.getDeclaredField(name);
      field.setAccessible(true);
      return field.getType() == ByteBuffer.class ? field : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The reader of {@code vector} (of {@code rows} rows) of a fixed-width {@code type}; null for others. */
  static FlatVectorInput of(DuckDBReadableVector vector, DuckDBColumnType type, long rows) {
    if (DATA == null || VALIDITY == null || type == DuckDBColumnType.VARCHAR) {
      return null;
    }
    try {
      ByteBuffer data = (ByteBuffer) DATA.get(vector);
      ByteBuffer validity = (ByteBuffer) VALIDITY.get(vector);
      if (data == null || (long) data.capacity() < rows * width(type)
          || validity != null && validity.capacity() < ((rows + 63) / 64) * 8) {
        return null;
      }
      return new FlatVectorInput(type, data, validity);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** The bytes of one value of a fixed-width type. */
  static int width(DuckDBColumnType type) {
    return switch (type) {
      case BOOLEAN, TINYINT -> 1;
      case SMALLINT -> 2;
      case INTEGER, FLOAT -> 4;
      case HUGEINT -> 16;
      default -> 8;
    };
  }

  /** Whether row {@code row} is NULL. */
  boolean isNull(int row) {
    return validity != null && (validity.getLong((row >>> 6) * 8) & (1L << (row & 63))) == 0;
  }

  /** Row {@code row}'s value of a BIGINT vector. */
  long getLong(int row) {
    return data.getLong(row * 8);
  }

  /** Row {@code row}'s value of an INTEGER vector. */
  int getInt(int row) {
    return data.getInt(row * 4);
  }

  /** Row {@code row}'s value of a DOUBLE vector. */
  double getDouble(int row) {
    return data.getDouble(row * 8);
  }

  /** Row {@code row}'s value, boxed; null for NULL. */
  Object get(int row) {
    if (isNull(row)) {
      return null;
    }
    return switch (type) {
      case BOOLEAN -> data.get(row) != 0;
      case TINYINT -> data.get(row);
      case SMALLINT -> data.getShort(row * 2);
      case INTEGER -> data.getInt(row * 4);
      case BIGINT -> data.getLong(row * 8);
      case FLOAT -> data.getFloat(row * 4);
      default -> data.getDouble(row * 8);
    };
  }
}
