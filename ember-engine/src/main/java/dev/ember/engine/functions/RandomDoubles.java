package dev.ember.engine.functions;

import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_spark_rand(seed, ordinal)}: Spark's rand(seed) as uniform uses it — the row at {@code ordinal}
 * (from 0) of one partition takes the next double of XORShiftRandom(seed), so the values equal Spark's over one
 * partition. Each thread keeps its last position to resume from.
 */
public final class RandomDoubles {
  private static final PartitionDraws DRAWS = new PartitionDraws();

  static final JavaFunction FUNCTION = new JavaFunction("ember_spark_rand", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.BIGINT), DuckDBColumnType.DOUBLE, true,
      arguments -> draw((Long) arguments[0], (Long) arguments[1]));

  private RandomDoubles() {
  }

  static double draw(long seed, long ordinal) {
    SparkXorShiftRandom random = DRAWS.before(seed, 0, ordinal, SparkXorShiftRandom::nextDouble);
    double value = random.nextDouble();
    DRAWS.after(seed, 0, ordinal, random);
    return value;
  }
}
