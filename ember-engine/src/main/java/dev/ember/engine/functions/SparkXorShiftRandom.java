package dev.ember.engine.functions;

import java.nio.ByteBuffer;

/**
 * Spark's XORShiftRandom: java.util.Random's interface over a xorshift generator whose state is the seed
 * hashed by Scala's MurmurHash3.bytesHash (low and high 32 bits), so a seed gives Spark's exact sequence.
 */
final class SparkXorShiftRandom {
  private static final int ARRAY_SEED = 0x3c074a61;
  private long state;
  /** java.util.Random's second normal draw of a pair, kept for the next nextGaussian. */
  private double nextNextGaussian;
  private boolean haveNextNextGaussian;

  SparkXorShiftRandom(long seed) {
    this.state = hashSeed(seed);
  }

  int nextInt() {
    return next(32);
  }

  /** java.util.Random's nextDouble: 53 bits from two draws. */
  double nextDouble() {
    return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
  }

  /** java.util.Random's nextGaussian (the polar method, a pair per two calls) over this generator's draws. */
  double nextGaussian() {
    if (haveNextNextGaussian) {
      haveNextNextGaussian = false;
      return nextNextGaussian;
    }
    double v1;
    double v2;
    double s;
    do {
      v1 = 2 * nextDouble() - 1;
      v2 = 2 * nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s == 0);
    double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    nextNextGaussian = v2 * multiplier;
    haveNextNextGaussian = true;
    return v1 * multiplier;
  }

  private int next(int bits) {
    long nextSeed = state ^ (state << 21);
    nextSeed ^= nextSeed >>> 35;
    nextSeed ^= nextSeed << 4;
    state = nextSeed;
    return (int) (nextSeed & ((1L << bits) - 1));
  }

  private static long hashSeed(long seed) {
    byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
    int low = bytesHash(bytes, ARRAY_SEED);
    int high = bytesHash(bytes, low);
    return ((long) high << 32) | (low & 0xFFFFFFFFL);
  }

  /** scala.util.hashing.MurmurHash3.bytesHash. */
  private static int bytesHash(byte[] data, int seed) {
    int length = data.length;
    int hash = seed;
    int i = 0;
    while (length >= 4) {
      int k = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF) << 16 | (data[i + 3] & 0xFF) << 24;
      hash = SparkMurmur3.mixH1(hash, SparkMurmur3.mixK1(k));
      i += 4;
      length -= 4;
    }
    int k = 0;
    if (length == 3) {
      k ^= (data[i + 2] & 0xFF) << 16;
    }
    if (length >= 2) {
      k ^= (data[i + 1] & 0xFF) << 8;
    }
    if (length >= 1) {
      k ^= data[i] & 0xFF;
      hash ^= SparkMurmur3.mixK1(k);
    }
    return SparkMurmur3.finish(hash, data.length);
  }

  /** A copy in the same state (to resume a sequence). */
  SparkXorShiftRandom copy() {
    SparkXorShiftRandom copy = new SparkXorShiftRandom(0);
    copy.state = state;
    copy.nextNextGaussian = nextNextGaussian;
    copy.haveNextNextGaussian = haveNextNextGaussian;
    return copy;
  }
}
