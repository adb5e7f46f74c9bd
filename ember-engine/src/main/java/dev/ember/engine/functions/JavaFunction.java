package dev.ember.engine.functions;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBScalarFunctionBuilder;
import org.duckdb.DuckDBWritableVector;

/**
 * A scalar function written in Java that DuckDB calls row by row, for Spark semantics SQL cannot
 * express. Every argument arrives as its Java value ({@code null} for NULL: the function decides what
 * NULL gives); binaries travel as hex text. A Spark error is thrown as {@link RaisedFailure}.
 * {@code volatile} functions (random draws) are evaluated for every row, never folded.
 */
public record JavaFunction(String name, List<DuckDBColumnType> parameters, DuckDBColumnType returnType,
    boolean isVolatile, Body body) {

  /** The function of one row. */
  @FunctionalInterface
  public interface Body {
    Object apply(Object[] arguments);
  }

  public JavaFunction {
    parameters = List.copyOf(parameters);
  }

  static JavaFunction of(String name, List<DuckDBColumnType> parameters, DuckDBColumnType returnType, Body body) {
    return new JavaFunction(name, parameters, returnType, false, body);
  }

  void register(DuckDBConnection connection) throws SQLException {
    try (DuckDBScalarFunctionBuilder builder = DuckDBFunctions.scalarFunction()) {
      builder.withName(name)
          .withParameters(parameters.toArray(new DuckDBColumnType[0]))
          .withReturnType(returnType)
          .withVectorizedFunction(this::apply);
      if (isVolatile) {
        builder.withVolatile();
      }
      builder.register(connection);
    }
  }

  private void apply(DuckDBDataChunkReader input, DuckDBWritableVector output) {
    DuckDBReadableVector[] vectors = new DuckDBReadableVector[parameters.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = input.vector(i);
    }
    for (long row = 0; row < input.rowCount(); row++) {
      Object[] arguments = new Object[vectors.length];
      for (int i = 0; i < vectors.length; i++) {
        arguments[i] = vectors[i].isNull(row) ? null : read(vectors[i], parameters.get(i), row);
      }
      write(output, row, body.apply(arguments));
    }
  }

  private static Object read(DuckDBReadableVector vector, DuckDBColumnType type, long row) {
    return switch (type) {
      case VARCHAR -> vector.getString(row);
      case INTEGER -> vector.getInt(row);
      case BIGINT -> vector.getLong(row);
      case DOUBLE -> vector.getDouble(row);
      case BOOLEAN -> vector.getBoolean(row);
      case DECIMAL -> vector.getBigDecimal(row);
      default -> throw new IllegalArgumentException("unsupported parameter type " + type);
    };
  }

  private void write(DuckDBWritableVector output, long row, Object value) {
    if (value == null) {
      output.setNull(row);
      return;
    }
    switch (returnType) {
      case VARCHAR -> output.setString(row, (String) value);
      case INTEGER -> output.setInt(row, (Integer) value);
      case BIGINT -> output.setLong(row, (Long) value);
      case DOUBLE -> output.setDouble(row, (Double) value);
      case BOOLEAN -> output.setBoolean(row, (Boolean) value);
      case DECIMAL -> output.setBigDecimal(row, (BigDecimal) value);
      default -> throw new IllegalArgumentException("unsupported return type " + returnType);
    }
  }
}
