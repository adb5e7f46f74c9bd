package dev.ember.engine.functions;

/**
 * 32-bit Murmur3 as Spark's hash tables use it: Guava's {@code murmur3_32().hashInt} (seed 0), which
 * spreads a Java hash code over a table's slots, and Spark's {@code Murmur3_x86_32.hashUnsafeBytes},
 * the hash code of a UTF8String (seed 42), which mixes the bytes after the last whole word one by one. Its
 * steps also serve Scala's MurmurHash3 ({@link SparkXorShiftRandom}'s seed hashing).
 */
final class SparkMurmur3 {
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private SparkMurmur3() {
  }

  static int hashInt(int input) {
    return finish(mixH1(0, mixK1(input)), 4);
  }

  static int hashBytes(byte[] bytes, int seed) {
    int aligned = bytes.length - bytes.length % 4;
    int h1 = seed;
    for (int offset = 0; offset < aligned; offset += 4) {
      int word = (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
          | (bytes[offset + 3] & 0xff) << 24;
      h1 = mixH1(h1, mixK1(word));
    }
    for (int offset = aligned; offset < bytes.length; offset++) {
      h1 = mixH1(h1, mixK1(bytes[offset]));
    }
    return finish(h1, bytes.length);
  }

  /** One 32-bit block mixed before it enters the hash. */
  static int mixK1(int k1) {
    return Integer.rotateLeft(k1 * C1, 15) * C2;
  }

  /** The hash with a mixed block folded in. */
  static int mixH1(int h1, int k1) {
    return Integer.rotateLeft(h1 ^ k1, 13) * 5 + 0xe6546b64;
  }

  /** The final avalanche over the hash and the input's length in bytes. */
  static int finish(int h1, int length) {
    int h = h1 ^ length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
