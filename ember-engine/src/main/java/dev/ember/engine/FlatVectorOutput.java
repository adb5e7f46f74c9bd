package dev.ember.engine;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBWritableVector;

/**
 * A user function's result vector of a fixed-width type written straight into DuckDB's buffers: the JDBC driver's
 * setters take a lock per row to set the row's validity bit, which costs more than the user code of a simple UDF;
 * here the values go into the vector's data buffer as the setters put them and the validity bits are written a word
 * (64 rows) at a time when the chunk is done. Null when the driver's buffers cannot be reached (another driver
 * version): the setters are used then.
 */
final class FlatVectorOutput {
  private static final Field DATA = FlatVectorInput.field(DuckDBWritableVector.class, "data");
  private static final Field VALIDITY = FlatVectorInput.field(DuckDBWritableVector.class,
      "validity");
  private final DuckDBColumnType type;
  private final ByteBuffer data;
  private final ByteBuffer validity;
  private final long[] valid;

  private FlatVectorOutput(DuckDBColumnType type, ByteBuffer data, ByteBuffer validity, long rows) {
    this.type = type;
    this.data = data;
    this.validity = validity;
    this.valid = new long[(int) ((rows + 63) / 64)];
  }

  /** The writer of {@code output} (of {@code rows} rows) for a fixed-width {@code type}; null for others. */
  static FlatVectorOutput of(DuckDBWritableVector output, DuckDBColumnType type, long rows) {
    if (DATA == null || VALIDITY == null || type == DuckDBColumnType.VARCHAR) {
      return null;
    }
    try {
      ByteBuffer data = (ByteBuffer) DATA.get(output);
      ByteBuffer validity = (ByteBuffer) VALIDITY.get(output);
      if (data == null || validity == null || (long) data.capacity() < rows * FlatVectorInput.width(type)
          || validity.capacity() < ((rows + 63) / 64) * 8) {
        return null;
      }
      return new FlatVectorOutput(type, data, validity, rows);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /**
   * Row {@code row}'s value, or NULL for null. A long into a BIGINT vector (the common case: a typed map to a long, a
   * UDF of longs) is written here, small enough for the JIT to inline into the caller's row loop (the whole method,
   * 353 bytes, was "hot method too big": a call per row); every other value goes through {@link #setOther}.
   */
  void set(int row, Object value) {
    if (value instanceof Long number && type == DuckDBColumnType.BIGINT) {
      data.putLong(row * 8, number);
      valid[row >>> 6] |= 1L << (row & 63);
      return;
    }
    setOther(row, value);
  }

  private void setOther(int row, Object value) {
    if (value == null) {
      return;
    }
    if (value == DroppingCarriers.DROPPED) {
      if (type == DuckDBColumnType.HUGEINT) {
        data.putLong(row * 16, 0);
        data.putLong(row * 16 + 8, 1);
      } else {
        data.putLong(row * 8, DroppingCarriers.BIGINT_DROPPED);
      }
      valid[row >>> 6] |= 1L << (row & 63);
      return;
    }
    switch (type) {
      case BOOLEAN -> data.put(row, (byte) ((Boolean) value ? 1 : 0));
      case TINYINT -> data.put(row, (Byte) value);
      case SMALLINT -> data.putShort(row * 2, (Short) value);
      case INTEGER -> data.putInt(row * 4, (Integer) value);
      case BIGINT -> data.putLong(row * 8, (Long) value);
      case HUGEINT -> {
        long low = (Long) value;
        data.putLong(row * 16, low);
        data.putLong(row * 16 + 8, low >> 63);
      }
      case FLOAT -> data.putFloat(row * 4, (Float) value);
      default -> data.putDouble(row * 8, (Double) value);
    }
    valid[row >>> 6] |= 1L << (row & 63);
  }

  /** Writes the validity of the first {@code rows} rows (the bits of later rows of the last word kept). */
  void finish(long rows) {
    for (int word = 0; word < valid.length; word++) {
      long bits = valid[word];
      long covered = Math.min(64, rows - word * 64L);
      if (covered < 64) {
        long mask = (1L << covered) - 1;
        bits = (validity.getLong(word * 8) & ~mask) | (bits & mask);
      }
      validity.putLong(word * 8, bits);
    }
  }
}
