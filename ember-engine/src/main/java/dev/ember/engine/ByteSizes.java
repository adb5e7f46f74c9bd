package dev.ember.engine;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spark's size strings ({@code 128m}, {@code 10485760b}, {@code 1g}): a number and an optional binary unit. */
public final class ByteSizes {
  private static final Pattern SIZE = Pattern.compile("(-?[0-9]+)([a-z]*)");
  private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("b", 1L), Map.entry("k", 1L << 10),
      Map.entry("kb", 1L << 10), Map.entry("m", 1L << 20), Map.entry("mb", 1L << 20), Map.entry("g", 1L << 30),
      Map.entry("gb", 1L << 30), Map.entry("t", 1L << 40), Map.entry("tb", 1L << 40), Map.entry("p", 1L << 50),
      Map.entry("pb", 1L << 50));

  private ByteSizes() {
  }

  /** The size in bytes; a number without a unit counts bytes. */
  public static long parse(String text, String confName) {
    Matcher size = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    Long unit = size.matches() ? UNITS.get(size.group(2).isEmpty() ? "b" : size.group(2)) : null;
    if (unit == null) {
      String requirement = "Size must be specified as bytes (b), kibibytes (k), mebibytes (m), gibibytes (g), "
          + "tebibytes (t), or pebibytes(p). E.g. 50b, 100k, or 250m.";
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_CONF_VALUE.REQUIREMENT", "22022",
          "The value '" + text + "' in the config \"" + confName + "\" is invalid. " + requirement,
          Map.of("confValue", text, "confName", confName, "confRequirement", requirement));
    }
    return Math.multiplyExact(Long.parseLong(size.group(1)), unit);
  }
}
