package dev.ember.engine.functions;

import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_randstr(seed, length, ordinal)}: Spark's randstr — one XORShiftRandom per partition seeded with
 * the seed (Ember's plan is one partition, index 0), each row taking {@code length} draws in turn, each draw
 * {@code |nextInt % 62|} as a digit, lower- or upper-case letter. The row at {@code ordinal} (from 0) continues the
 * sequence where the row before it stopped; the positions rows left
 * are kept to resume from ({@link PartitionDraws}).
 */
public final class RandomStrings {
  private static final PartitionDraws DRAWS = new PartitionDraws();

  static final JavaFunction FUNCTION = new JavaFunction("ember_randstr", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.INTEGER, DuckDBColumnType.BIGINT), DuckDBColumnType.VARCHAR, true,
      arguments -> arguments[1] == null ? "" : randomString((Long) arguments[0], (Integer) arguments[1],
          (Long) arguments[2]));

  private RandomStrings() {
  }

  static String randomString(long seed, int length, long ordinal) {
    if (length < 0) {
      throw new RaisedFailure(dev.ember.plan.errors.RaisedError.NEGATIVE_LENGTH.marker("randstr",
          Integer.toString(length)));
    }
    PartitionDraws.Draw draw = DRAWS.before(seed, length, ordinal, row -> {
      for (int i = 0; i < length; i++) {
        row.nextInt();
      }
    });
    SparkXorShiftRandom random = draw.random();
    StringBuilder text = new StringBuilder(Math.max(length, 0));
    for (int i = 0; i < length; i++) {
      int value = Math.abs(random.nextInt() % 62);
      text.append(value < 10 ? (char) ('0' + value) : value < 36 ? (char) ('a' + value - 10) : (char) ('A' + value - 36));
    }
    DRAWS.after(seed, length, ordinal, draw);
    return text.toString();
  }
}
