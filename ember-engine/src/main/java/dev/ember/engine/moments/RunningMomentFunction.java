package dev.ember.engine.moments;

import java.sql.SQLException;
import java.util.Arrays;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBWritableVector;

/**
 * The DuckDB function {@value #NAME}{@code (statistic, options, first, second, counts)}: a moment
 * statistic over every frame of one window partition whose frames grow from its first row, in one
 * pass, as Spark's {@code UnboundedPrecedingWindowFunctionFrame} (and, for a frame of the whole
 * partition, {@code UnboundedWindowFunctionFrame}) computes it: one buffer updated row by row in the
 * window's order, read when the frame reaches each row's end. {@code first} and {@code second} are the
 * partition's complete values in that order, as {@link MomentFunction} takes them; {@code counts} lists,
 * for each row, how many of them its frame holds. The answer is the text of a {@code DOUBLE[]} with
 * one value per row, in the order of {@code counts}. Time and memory are linear in the partition,
 * where handing each frame's values over as a list of its own would be quadratic.
 */
public final class RunningMomentFunction {
  public static final String NAME = "ember_moment_running";

  private RunningMomentFunction() {
  }

  /** Registers the function in the database of {@code connection} (its duplicates see it too). */
  public static void register(DuckDBConnection connection) throws SQLException {
    MomentFunction.register(connection, NAME, DuckDBColumnType.VARCHAR, RunningMomentFunction::apply,
        DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR,
        DuckDBColumnType.VARCHAR);
  }

  private static void apply(DuckDBDataChunkReader input, DuckDBWritableVector output) {
    DuckDBReadableVector statistics = input.vector(0);
    DuckDBReadableVector options = input.vector(1);
    DuckDBReadableVector first = input.vector(2);
    DuckDBReadableVector second = input.vector(3);
    DuckDBReadableVector counts = input.vector(4);
    for (long row = 0; row < input.rowCount(); row++) {
      if (counts.isNull(row)) {
        output.setNull(row);
        continue;
      }
      output.setString(row, running(MomentStatistic.named(statistics.getString(row)),
          MomentOptions.of(options.getInt(row)), MomentFunction.values(first, row), MomentFunction.values(second, row),
          ValueListText.parse(counts.getString(row))));
    }
  }

  /**
   * The value for each row's frame: the buffers after its first {@code counts[i]} values. Only the
   * prefixes some frame ends at are evaluated (an evaluation may fail under ANSI, as Spark's would).
   */
  static String running(MomentStatistic statistic, MomentOptions options, double[] first, double[] second,
      double[] counts) {
    int[] ends = Arrays.stream(counts).mapToInt(count -> (int) count).toArray();
    int[] sortedEnds = Arrays.stream(ends).distinct().sorted().toArray();
    Double[] valueAt = new Double[first.length + 1];
    MomentBuffers buffers = new MomentBuffers(statistic);
    int updated = 0;
    for (int end : sortedEnds) {
      for (; updated < end; updated++) {
        buffers.update(first[updated], second.length == 0 ? 0.0 : second[updated]);
      }
      valueAt[end] = buffers.evaluate(options);
    }
    StringBuilder text = new StringBuilder(ends.length * 20 + 2).append('[');
    for (int i = 0; i < ends.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      Double value = valueAt[ends[i]];
      text.append(value == null ? "NULL" : value.toString());
    }
    return text.append(']').toString();
  }
}
