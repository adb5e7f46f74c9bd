package dev.ember.engine;

import dev.ember.plan.usercode.RowValues;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBReadableVector;

/**
 * A row of a chunk DuckDB hands a user function, read in place ({@link RowValues}): each column from its vector's
 * buffer ({@link FlatVectorInput}) or, where the buffer cannot be reached (a VARCHAR, another driver version), through
 * the driver's getters. {@link #at} moves it to the next row.
 */
final class ChunkRow implements RowValues {
  private final DuckDBReadableVector[] vectors;
  private final FlatVectorInput[] readers;
  private final DuckDBColumnType[] types;
  private int row;

  ChunkRow(DuckDBReadableVector[] vectors, FlatVectorInput[] readers, DuckDBColumnType[] types) {
    this.vectors = vectors;
    this.readers = readers;
    this.types = types;
  }

  /** This row at {@code index} of the chunk. */
  ChunkRow at(int index) {
    row = index;
    return this;
  }

  @Override
  public boolean isNull(int column) {
    FlatVectorInput reader = readers[column];
    return reader != null ? reader.isNull(row) : vectors[column].isNull(row);
  }

  @Override
  public long getLong(int column) {
    FlatVectorInput reader = readers[column];
    return reader != null ? reader.getLong(row) : vectors[column].getLong(row);
  }

  @Override
  public int getInt(int column) {
    FlatVectorInput reader = readers[column];
    return reader != null ? reader.getInt(row) : vectors[column].getInt(row);
  }

  @Override
  public double getDouble(int column) {
    FlatVectorInput reader = readers[column];
    return reader != null ? reader.getDouble(row) : vectors[column].getDouble(row);
  }

  @Override
  public Object get(int column) {
    FlatVectorInput reader = readers[column];
    if (reader != null) {
      return reader.get(row);
    }
    return vectors[column].isNull(row) ? null : UserFunctionRegistrations.read(vectors[column], types[column], row);
  }
}
