package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's {@code conv(num, fromBase, toBase)}: the text (spaces trimmed, an optional leading
 * {@code -}) is read in {@code fromBase} up to its first byte that is not a digit there, as an
 * unsigned 64-bit number, and written in {@code |toBase|} — signed when {@code toBase} is negative,
 * else a negative input is its two's complement. Bases outside 2..36 and empty text give NULL; a
 * number beyond 64 bits fails with ARITHMETIC_OVERFLOW under ANSI, else reads as all ones.
 */
final class NumberBaseConversion {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_conv",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.INTEGER, DuckDBColumnType.BOOLEAN),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null || arguments[1] == null || arguments[2] == null
          ? null
          : convert((String) arguments[0], (Integer) arguments[1], (Integer) arguments[2], (Boolean) arguments[3]));

  private NumberBaseConversion() {
  }

  static String convert(String text, int fromBase, int toBase, boolean ansi) {
    if (!isRadix(fromBase) || !isRadix(Math.abs(toBase))) {
      return null;
    }
    byte[] bytes = trimSpaces(text).getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      return null;
    }
    boolean negative = bytes[0] == '-';
    long value = readUnsigned(bytes, negative ? 1 : 0, fromBase, ansi);
    if (negative && toBase > 0) {
      value = value < 0 ? -1 : -value;
    }
    if (toBase < 0 && value < 0) {
      value = -value;
      negative = true;
    }
    String digits = Long.toUnsignedString(value, Math.abs(toBase)).toUpperCase(Locale.ROOT);
    return negative && toBase < 0 ? "-" + digits : digits;
  }

  private static boolean isRadix(int base) {
    return base >= Character.MIN_RADIX && base <= Character.MAX_RADIX;
  }

  /** Spark trims the text's leading and trailing spaces (only U+0020). */
  private static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The digits from {@code start} up to the first byte that is not one, as an unsigned 64-bit number.
   * The overflow checks are Spark's: a value past 2^63 (negative as a signed long) takes no further
   * digit, and near the limit the next digit must keep it within 64 bits.
   */
  private static long readUnsigned(byte[] bytes, int start, int base, boolean ansi) {
    long value = 0;
    long bound = Long.divideUnsigned(-1L - base, base);
    for (int i = start; i < bytes.length; i++) {
      int digit = Character.digit(bytes[i], base);
      if (digit < 0) {
        break;
      }
      if (value < 0 || value >= bound && Long.divideUnsigned(-1L - digit, base) < value) {
        if (ansi) {
          throw new RaisedFailure(RaisedError.CONV_OVERFLOW.marker());
        }
        return -1;
      }
      value = value * base + digit;
    }
    return value;
  }
}
