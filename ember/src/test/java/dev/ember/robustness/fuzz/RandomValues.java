package dev.ember.robustness.fuzz;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;

/** Random literals of every type and random column names, odd characters and extreme values included. */
final class RandomValues {
  private static final List<String> ODD_NAMES = List.of("", " ", "a b", "a.b", "`x`", "\"q\"", "'s'", "a\u0000b",
      "\u0000", "é名", "\uD83D\uDE00", "x#1", "#", "a,b", "a;b", "*", "\\", "\n", "id", "ID", "_corrupt_record",
      "n".repeat(33_000));
  private static final List<String> ODD_STRINGS = List.of("", "x", "'", "\"", "\\", "a\u0000b", "\u0000", "NaN",
      "null", "NULL", "1e309", "-0", "2020-02-30", "\uD83D\uDE00", "\t\n\r", "1,2", "{\"a\":1}", "x".repeat(40_000));

  private final Random random;

  RandomValues(Random random) {
    this.random = random;
  }

  String name() {
    return random.nextInt(3) == 0 ? pick(ODD_NAMES) : "c" + random.nextInt(6);
  }

  String string() {
    return pick(ODD_STRINGS);
  }

  int count() {
    int[] counts = {0, 1, 2, 3, 5, 20, 1000, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
    return counts[random.nextInt(counts.length)];
  }

  /** A literal column of a random type. */
  Column literal() {
    switch (random.nextInt(15)) {
      case 0: return lit(pick(List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE)));
      case 1: return lit(pick(List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, 42L)));
      case 2: return lit(pick(List.of(0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e308)));
      case 3: return lit(pick(List.of(0.0f, Float.NaN, Float.NEGATIVE_INFINITY, 3.4e38f)));
      case 4: return lit(pick(List.of(new BigDecimal("0"), new BigDecimal("-12.345"),
          new BigDecimal("99999999999999999999999999999999999999"), new BigDecimal("1e-30"))));
      case 5: return lit(string());
      case 6: return lit(random.nextBoolean());
      case 7: return lit(null);
      case 8: return lit(pick(List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1970, 1, 1))));
      case 9: return lit(pick(List.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999Z"))));
      case 10: return lit(new byte[] {0, 1, (byte) 0xff});
      case 11: return lit(pick(List.of((byte) -128, (short) 32767)));
      case 12: return array(literal(), literal());
      case 13: return struct(literal().as(name()), literal().as(name()));
      default: return lit(random.nextInt(100));
    }
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
