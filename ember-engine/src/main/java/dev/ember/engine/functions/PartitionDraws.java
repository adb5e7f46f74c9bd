package dev.ember.engine.functions;

import java.util.function.Consumer;

/**
 * Per thread, Spark's XORShiftRandom of one partition positioned where the last row asked for left it: the row
 * at {@code ordinal} (from 0) continues the sequence of the rows before it, each taking the same draws
 * ({@code shape} tells rows of different draws apart, e.g. randstr's length), so consecutive rows cost one
 * row's draws and any other row replays the sequence from the seed.
 */
final class PartitionDraws {
  /** A generator positioned before the draws of row {@code ordinal}. */
  private record Position(long seed, long shape, long ordinal, SparkXorShiftRandom random) {
  }

  private final ThreadLocal<Position> last = new ThreadLocal<>();

  /** The generator of {@code seed} positioned before row {@code ordinal}; {@code skipRow} takes one row's draws. */
  SparkXorShiftRandom before(long seed, long shape, long ordinal, Consumer<SparkXorShiftRandom> skipRow) {
    Position position = last.get();
    SparkXorShiftRandom random;
    long row;
    if (position != null && position.seed() == seed && position.shape() == shape && position.ordinal() <= ordinal) {
      random = position.random().copy();
      row = position.ordinal();
    } else {
      random = new SparkXorShiftRandom(seed);
      row = 0;
    }
    for (; row < ordinal; row++) {
      skipRow.accept(random);
    }
    return random;
  }

  /** Remembers {@code random}, having taken the draws of row {@code ordinal}, for the next row. */
  void after(long seed, long shape, long ordinal, SparkXorShiftRandom random) {
    last.set(new Position(seed, shape, ordinal + 1, random.copy()));
  }
}
