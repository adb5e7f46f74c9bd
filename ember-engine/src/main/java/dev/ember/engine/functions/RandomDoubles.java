package dev.ember.engine.functions;

import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_spark_rand(seed, ordinal)} and {@code ember_spark_randn(seed, ordinal)}: Spark's rand(seed) (also
 * as uniform uses it) and randn(seed) — the row at {@code ordinal} (from 0) of one partition takes the next double
 * (normal double) of XORShiftRandom(seed), so the values equal Spark's over one partition. The positions rows
 * left are kept to resume from ({@link PartitionDraws}).
 */
public final class RandomDoubles {
  static final PartitionDraws DRAWS = new PartitionDraws();
  static final PartitionDraws NORMAL_DRAWS = new PartitionDraws();

  static final JavaFunction FUNCTION = new JavaFunction("ember_spark_rand", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.BIGINT), DuckDBColumnType.DOUBLE, true,
      arguments -> draw((Long) arguments[0], (Long) arguments[1]));
  static final JavaFunction NORMAL = new JavaFunction("ember_spark_randn", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.BIGINT), DuckDBColumnType.DOUBLE, true,
      arguments -> normal((Long) arguments[0], (Long) arguments[1]));

  private RandomDoubles() {
  }

  static double draw(long seed, long ordinal) {
    PartitionDraws.Draw draw = DRAWS.before(seed, 0, ordinal, SparkXorShiftRandom::nextDouble);
    double value = draw.random().nextDouble();
    DRAWS.after(seed, 0, ordinal, draw);
    return value;
  }

  static double normal(long seed, long ordinal) {
    PartitionDraws.Draw draw = NORMAL_DRAWS.before(seed, 0, ordinal, SparkXorShiftRandom::nextGaussian);
    double value = draw.random().nextGaussian();
    NORMAL_DRAWS.after(seed, 0, ordinal, draw);
    return value;
  }
}
