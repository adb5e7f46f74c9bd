package dev.ember.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conf value as Spark's ConfigBuilder converts the text for the conf's type (the types {@code spark-confs.tsv}
 * records): {@code number} is the converted number (null for other types, NaN and infinities), {@code text} the
 * converted value as Spark's stringConverter writes it ({@code 1000ms} for a time, {@code 1024b} for a size,
 * {@code 1.0} for a double; the text itself for strings).
 */
record ConfValue(BigDecimal number, String text) {
  private static final Pattern TIME = Pattern.compile("(-?[0-9]+)([a-z]+)?");
  private static final Pattern SIZE = Pattern.compile("([0-9]+)([a-z]+)?");
  /** JavaUtils.timeSuffixes. */
  private static final Map<String, TimeUnit> TIME_SUFFIXES = Map.of("us", TimeUnit.MICROSECONDS,
      "ms", TimeUnit.MILLISECONDS, "s", TimeUnit.SECONDS, "m", TimeUnit.MINUTES, "min", TimeUnit.MINUTES,
      "h", TimeUnit.HOURS, "d", TimeUnit.DAYS);
  /** ByteUnit's powers of 1024, by name. */
  private static final Map<String, Integer> BYTE_UNITS = Map.of("BYTE", 0, "KiB", 10, "MiB", 20, "GiB", 30,
      "TiB", 40, "PiB", 50);
  /** JavaUtils.byteSuffixes: b, then k, ki, kb, kib and the same for m, g, t, p. */
  private static final String BYTE_PREFIXES = "kmgtp";

  /** The value Spark converts the text to for the type, or empty where Spark refuses it as of no such type. */
  static Optional<ConfValue> read(String type, String text) {
    try {
      if (type.equals("boolean")) {
        String trimmed = text.trim();
        return trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")
            ? Optional.of(new ConfValue(null, trimmed.toLowerCase(Locale.ROOT))) : Optional.empty();
      }
      if (type.equals("int")) {
        int value = Integer.parseInt(text.trim());
        return Optional.of(new ConfValue(BigDecimal.valueOf(value), Integer.toString(value)));
      }
      if (type.equals("long")) {
        long value = Long.parseLong(text.trim());
        return Optional.of(new ConfValue(BigDecimal.valueOf(value), Long.toString(value)));
      }
      if (type.equals("double")) {
        double value = Double.parseDouble(text.trim());
        return Optional.of(new ConfValue(Double.isFinite(value) ? new BigDecimal(value) : null, Double.toString(value)));
      }
      if (type.startsWith("time:")) {
        TimeUnit unit = TimeUnit.valueOf(type.substring("time:".length()));
        long value = time(text, unit);
        return Optional.of(new ConfValue(BigDecimal.valueOf(value), TimeUnit.MILLISECONDS.convert(value, unit) + "ms"));
      }
      if (type.startsWith("bytes:")) {
        int unitPower = BYTE_UNITS.get(type.substring("bytes:".length()));
        long value = bytes(text, unitPower);
        return Optional.of(new ConfValue(BigDecimal.valueOf(value), (value << unitPower) + "b"));
      }
      return Optional.of(new ConfValue(null, text));
    } catch (NumberFormatException | ArithmeticException refused) {
      return Optional.empty();
    }
  }

  /** JavaUtils.timeStringAs: a whole number and an optional unit, the conf's unit by default. */
  private static long time(String text, TimeUnit unit) {
    Matcher time = TIME.matcher(text.toLowerCase(Locale.ROOT).trim());
    if (!time.matches() || time.group(2) != null && !TIME_SUFFIXES.containsKey(time.group(2))) {
      throw new NumberFormatException(text);
    }
    return unit.convert(Long.parseLong(time.group(1)), time.group(2) == null ? unit : TIME_SUFFIXES.get(time.group(2)));
  }

  /** ConfigHelpers.byteFromString: an optional minus, then JavaUtils.byteStringAs in the conf's unit. */
  private static long bytes(String text, int unitPower) {
    boolean negative = !text.isEmpty() && text.charAt(0) == '-';
    Matcher size = SIZE.matcher((negative ? text.substring(1) : text).toLowerCase(Locale.ROOT).trim());
    if (!size.matches()) {
      throw new NumberFormatException(text);
    }
    int power = size.group(2) == null ? unitPower : suffixPower(size.group(2));
    long amount = Long.parseLong(size.group(1));
    long converted = power >= unitPower ? Math.multiplyExact(amount, 1L << (power - unitPower))
        : amount / (1L << (unitPower - power));
    return negative ? -converted : converted;
  }

  private static int suffixPower(String suffix) {
    if (suffix.equals("b")) {
      return 0;
    }
    int prefix = BYTE_PREFIXES.indexOf(suffix.charAt(0));
    String rest = suffix.substring(1);
    if (prefix < 0 || !(rest.isEmpty() || rest.equals("i") || rest.equals("b") || rest.equals("ib"))) {
      throw new NumberFormatException(suffix);
    }
    return 10 * (prefix + 1);
  }
}
