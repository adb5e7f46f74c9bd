package dev.ember.sqlgen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * SHA-2's constants as FIPS 180-4 defines them: the first bits of the fractional parts of the
 * square roots (initial hash values) and cube roots (round constants) of the first primes.
 */
final class Sha2Constants {
  private Sha2Constants() {
  }

  /** The first {@code bits} bits of the fractional parts of the n-th roots of {@code count} primes from {@code first}. */
  static List<BigInteger> roots(int degree, int bits, int first, int count) {
    List<BigInteger> values = new ArrayList<>();
    int found = 0;
    for (int candidate = 2; values.size() < count; candidate++) {
      if (!BigInteger.valueOf(candidate).isProbablePrime(50)) {
        continue;
      }
      if (found++ < first) {
        continue;
      }
      BigInteger scaled = BigInteger.valueOf(candidate).shiftLeft(degree * bits);
      values.add(integerRoot(scaled, degree).mod(BigInteger.ONE.shiftLeft(bits)));
    }
    return values;
  }

  private static BigInteger integerRoot(BigInteger value, int degree) {
    if (degree == 2) {
      return value.sqrt();
    }
    BigInteger low = BigInteger.ZERO;
    BigInteger high = BigInteger.ONE.shiftLeft(value.bitLength() / degree + 1);
    while (low.compareTo(high) < 0) {
      BigInteger middle = low.add(high).add(BigInteger.ONE).shiftRight(1);
      if (middle.pow(degree).compareTo(value) <= 0) {
        low = middle;
      } else {
        high = middle.subtract(BigInteger.ONE);
      }
    }
    return low;
  }
}
