package dev.ember.engine.functions;

import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_spark_rand(seed, ordinal)}: Spark's rand(seed) as uniform uses it — the row at {@code ordinal}
 * (from 0) of one partition takes the next double of XORShiftRandom(seed), so the values equal Spark's over one
 * partition. Each thread keeps its last position to resume from.
 */
public final class RandomDoubles {
  private static final ThreadLocal<Position> LAST = new ThreadLocal<>();

  static final JavaFunction FUNCTION = new JavaFunction("ember_spark_rand", List.of(DuckDBColumnType.BIGINT,
      DuckDBColumnType.BIGINT), DuckDBColumnType.DOUBLE, true,
      arguments -> draw((Long) arguments[0], (Long) arguments[1]));

  /** A generator positioned before the draw of row {@code ordinal}. */
  private record Position(long seed, long ordinal, SparkXorShiftRandom random) {
  }

  private RandomDoubles() {
  }

  static double draw(long seed, long ordinal) {
    Position last = LAST.get();
    SparkXorShiftRandom random;
    long position;
    if (last != null && last.seed() == seed && last.ordinal() <= ordinal) {
      random = last.random().copy();
      position = last.ordinal();
    } else {
      random = new SparkXorShiftRandom(seed);
      position = 0;
    }
    for (; position < ordinal; position++) {
      random.nextDouble();
    }
    double value = random.nextDouble();
    LAST.set(new Position(seed, ordinal + 1, random.copy()));
    return value;
  }
}
