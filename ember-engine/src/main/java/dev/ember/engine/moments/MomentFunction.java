package dev.ember.engine.moments;

import java.sql.SQLException;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBScalarFunction;
import org.duckdb.DuckDBScalarFunctionBuilder;
import org.duckdb.DuckDBWritableVector;

/**
 * The DuckDB function {@value #NAME}{@code (statistic, options, first, second)} that evaluates a
 * Spark moment statistic ({@link MomentStatistic}) the way Spark does: row by row in input order,
 * then Spark's merge and evaluate expressions. DuckDB has no aggregate with Spark's arithmetic, and
 * a SQL fold ({@code list_reduce}) costs tens of microseconds a row, so the generated SQL collects
 * each group's values in order ({@code list(x ORDER BY position)}) and hands the list over as
 * DuckDB's text of it ({@link ValueListText}), which names every double exactly. {@code options}
 * holds {@link MomentOptions}' bits; {@code second} is NULL for one-argument statistics.
 */
public final class MomentFunction {
  public static final String NAME = "ember_moment_statistic";
  /** Spark's canonical names of the statistics, as resolved calls carry them. */
  public static final java.util.Set<String> STATISTICS = java.util.Arrays.stream(MomentStatistic.values())
      .map(statistic -> statistic.name().toLowerCase(java.util.Locale.ROOT))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  public static final int ANSI = MomentOptions.ANSI;
  public static final int NULL_ON_DIVIDE_BY_ZERO = MomentOptions.NULL_ON_DIVIDE_BY_ZERO;
  public static final int MERGED = MomentOptions.MERGED;

  private MomentFunction() {
  }

  /** Registers the function in the database of {@code connection} (its duplicates see it too). */
  public static void register(DuckDBConnection connection) throws SQLException {
    register(connection, NAME, DuckDBColumnType.DOUBLE, MomentFunction::apply, DuckDBColumnType.VARCHAR,
        DuckDBColumnType.INTEGER, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR);
  }

  /** Registers a vectorized Java function {@code name(parameters) -> returnType}. */
  static void register(DuckDBConnection connection, String name, DuckDBColumnType returnType,
      DuckDBScalarFunction function, DuckDBColumnType... parameters) throws SQLException {
    try (DuckDBScalarFunctionBuilder builder = DuckDBFunctions.scalarFunction()) {
      builder.withName(name).withParameters(parameters).withReturnType(returnType).withVectorizedFunction(function)
          .register(connection);
    }
  }

  private static void apply(DuckDBDataChunkReader input, DuckDBWritableVector output) {
    DuckDBReadableVector statistics = input.vector(0);
    DuckDBReadableVector options = input.vector(1);
    DuckDBReadableVector first = input.vector(2);
    DuckDBReadableVector second = input.vector(3);
    for (long row = 0; row < input.rowCount(); row++) {
      MomentStatistic statistic = MomentStatistic.named(statistics.getString(row));
      Double value = statistic.evaluate(values(first, row), values(second, row), MomentOptions.of(options.getInt(row)));
      if (value == null) {
        output.setNull(row);
      } else {
        output.setDouble(row, value);
      }
    }
  }

  /** A NULL list is a group without (complete) values. */
  static double[] values(DuckDBReadableVector lists, long row) {
    return lists.isNull(row) ? new double[0] : ValueListText.parse(lists.getString(row));
  }
}
