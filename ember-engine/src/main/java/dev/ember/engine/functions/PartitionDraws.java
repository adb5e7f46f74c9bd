package dev.ember.engine.functions;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Spark's XORShiftRandom of one partition positioned where rows asked for left it: the row at {@code ordinal} (from 0)
 * continues the sequence of the rows before it, each taking the same draws ({@code shape} tells rows of different draws
 * apart, e.g. randstr's length), so consecutive rows cost one row's draws and any other row replays the sequence from
 * the nearest position before it (the seed at worst).
 *
 * <p>The positions are shared by all threads, in a few lanes: DuckDB's JDBC driver runs each call of a Java function
 * (a chunk of 2,048 rows) on a thread the JVM sees as new, so a position kept per thread was lost at every chunk and
 * each chunk replayed the sequence from row 0 — quadratic in the rows. A row that continues a lane's position
 * exactly moves that lane on; any other starts over in the lane written longest ago, so that calls running at once
 * (one per DuckDB thread) each keep a lane of their own.
 */
final class PartitionDraws {
  /** Lanes: more than DuckDB's threads on most machines; with more threads a call may replay up to a chunk. */
  private static final int LANES = 8;

  /** A generator positioned before the draws of row {@code ordinal}, written at {@code stamp}. */
  private record Position(long seed, long shape, long ordinal, SparkXorShiftRandom random, long stamp) {
  }

  /** Slots between two lanes: each lane on a cache line of its own, as calls running at once write theirs per row. */
  private static final int SPACING = 16;

  private final AtomicReferenceArray<Position> lanes = new AtomicReferenceArray<>(LANES * SPACING);
  private final LongAdder replayed = new LongAdder();

  /** Where {@link #before} found the generator: the lane to write the next position into. */
  static final class Draw {
    private final SparkXorShiftRandom random;
    private final int lane;

    private Draw(SparkXorShiftRandom random, int lane) {
      this.random = random;
      this.lane = lane;
    }

    SparkXorShiftRandom random() {
      return random;
    }
  }

  /** The generator of {@code seed} positioned before row {@code ordinal}; {@code skipRow} takes one row's draws. */
  Draw before(long seed, long shape, long ordinal, Consumer<SparkXorShiftRandom> skipRow) {
    int nearest = -1;
    Position from = null;
    int oldest = 0;
    long oldestStamp = Long.MAX_VALUE;
    for (int lane = 0; lane < LANES; lane++) {
      Position position = lanes.get(lane * SPACING);
      if (position == null) {
        if (oldestStamp != Long.MIN_VALUE) {
          oldest = lane;
          oldestStamp = Long.MIN_VALUE;
        }
        continue;
      }
      if (position.seed() == seed && position.shape() == shape && position.ordinal() <= ordinal
          && (from == null || position.ordinal() > from.ordinal())) {
        from = position;
        nearest = lane;
      }
      if (position.stamp() < oldestStamp) {
        oldest = lane;
        oldestStamp = position.stamp();
      }
    }
    SparkXorShiftRandom random = from == null ? new SparkXorShiftRandom(seed) : from.random().copy();
    long row = from == null ? 0 : from.ordinal();
    if (row < ordinal) {
      replayed.add(ordinal - row);
      for (; row < ordinal; row++) {
        skipRow.accept(random);
      }
    }
    return new Draw(random, from != null && from.ordinal() == ordinal ? nearest : oldest);
  }

  /** Remembers the generator of {@code draw}, having taken the draws of row {@code ordinal}, for the next row. */
  void after(long seed, long shape, long ordinal, Draw draw) {
    // the caller is done with the generator: it becomes the lane's (a later row copies it before drawing); the time
    // of the write tells the lane written longest ago, with nothing shared written but the lane
    lanes.setRelease(draw.lane * SPACING, new Position(seed, shape, ordinal + 1, draw.random, System.nanoTime()));
  }

  /** How many rows' draws were replayed to position a generator, so far (tests watch it). */
  long replayedRows() {
    return replayed.sum();
  }
}
