package dev.ember.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * DuckDB calls a Java function once per chunk of 2,048 rows, each call on a thread the JVM sees as new: the draws of a
 * chunk must resume where the chunk before it stopped, whatever thread ran that one.
 */
class PartitionDrawsTest {
  private static final int CHUNK = 2048;
  private static final long SEED = 42;

  @Test
  void chunksOnNewThreadsResumeWhereThePreviousChunkStopped() throws InterruptedException {
    PartitionDraws draws = new PartitionDraws();
    SparkXorShiftRandom straight = new SparkXorShiftRandom(SEED);
    double[] drawn = new double[50 * CHUNK];
    for (int chunk = 0; chunk < 50; chunk++) {
      int first = chunk * CHUNK;
      Thread call = new Thread(() -> {
        for (int row = first; row < first + CHUNK; row++) {
          drawn[row] = draw(draws, row);
        }
      });
      call.start();
      call.join();
    }
    for (double value : drawn) {
      assertThat(value).isEqualTo(straight.nextDouble());
    }
    // a position kept per thread replayed each chunk from row 0: 2,048 * (0 + 1 + ... + 49) = 2,508,800 rows
    assertThat(draws.replayedRows()).isZero();
  }

  @Test
  void chunksRunningAtOnceEachKeepTheirOwnPosition() {
    PartitionDraws draws = new PartitionDraws();
    double[] expected = new double[40 * CHUNK];
    SparkXorShiftRandom straight = new SparkXorShiftRandom(SEED);
    for (int row = 0; row < expected.length; row++) {
      expected[row] = straight.nextDouble();
    }
    // two DuckDB threads: chunks 2k and 2k + 1 interleaved row by row
    for (int pair = 0; pair < 20; pair++) {
      int first = 2 * pair * CHUNK;
      for (int offset = 0; offset < CHUNK; offset++) {
        assertThat(draw(draws, first + offset)).isEqualTo(expected[first + offset]);
        assertThat(draw(draws, first + CHUNK + offset)).isEqualTo(expected[first + CHUNK + offset]);
      }
    }
    // the second chunk of a pair replays at most the first's rows once, then both go on in their own lanes
    assertThat(draws.replayedRows()).isLessThanOrEqualTo(20L * CHUNK);
  }

  @Test
  void anEarlierRowReplaysFromTheSeedAndOtherSeedsDoNotMix() {
    PartitionDraws draws = new PartitionDraws();
    SparkXorShiftRandom seven = new SparkXorShiftRandom(7);
    seven.nextDouble();
    double secondOfSeven = seven.nextDouble();
    for (int row = 0; row < 10; row++) {
      draw(draws, row);
    }
    PartitionDraws.Draw draw = draws.before(7, 0, 1, SparkXorShiftRandom::nextDouble);
    assertThat(draw.random().nextDouble()).isEqualTo(secondOfSeven);
    draws.after(7, 0, 1, draw);
    assertThat(draw(draws, 3)).isEqualTo(nth(SEED, 3));
  }

  private static double draw(PartitionDraws draws, long row) {
    PartitionDraws.Draw draw = draws.before(SEED, 0, row, SparkXorShiftRandom::nextDouble);
    double value = draw.random().nextDouble();
    draws.after(SEED, 0, row, draw);
    return value;
  }

  private static double nth(long seed, int row) {
    SparkXorShiftRandom random = new SparkXorShiftRandom(seed);
    for (int i = 0; i < row; i++) {
      random.nextDouble();
    }
    return random.nextDouble();
  }
}
