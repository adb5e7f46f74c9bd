package dev.ember.sqlgen;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;

/**
 * Translates Spark datetime patterns ({@code yyyy-MM-dd HH:mm:ss}, {@code dd/MM/yyyy}, {@code EEEE},
 * quoted text) to DuckDB strftime/strptime specifiers. Letters Spark refuses give Spark's error;
 * letters Spark knows but DuckDB cannot express are reported as unsupported.
 */
public final class DatetimePatterns {
  private static final String DOCROOT = "https://spark.apache.org/docs/latest";
  private static final String WEEK_BASED = "YWwuec";
  private static final String ILLEGAL = "AnNp";
  private static final String KNOWN = "GyMLdDQqEFahKkHmsSVzOXxZ";

  private DatetimePatterns() {
  }

  /** The strftime format writing {@code pattern} as Spark's {@code date_format} does. */
  public static String forFormatting(String pattern) {
    return translate(pattern, true);
  }

  /** The strptime format reading {@code pattern} as Spark's {@code to_timestamp} does. */
  public static String forParsing(String pattern) {
    return translate(pattern, false);
  }

  private static String translate(String pattern, boolean formatting) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int end = pattern.indexOf('\'', i + 1);
        if (end < 0) {
          throw unrecognized(pattern);
        }
        out.append(end == i + 1 ? "'" : literal(pattern.substring(i + 1, end)));
        i = end + 1;
        continue;
      }
      if (!Character.isLetter(c) || c > 'z') {
        out.append(literal(String.valueOf(c)));
        i++;
        continue;
      }
      int run = i;
      while (run < pattern.length() && pattern.charAt(run) == c) {
        run++;
      }
      out.append(specifier(pattern, c, run - i, formatting));
      i = run;
    }
    return out.toString();
  }

  private static String specifier(String pattern, char letter, int count, boolean formatting) {
    if (ILLEGAL.indexOf(letter) >= 0) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER", "22007",
          "Unrecognized datetime pattern: " + pattern + ". Illegal pattern character found in datetime pattern: "
              + letter + ". Please provide legal character.",
          Map.of("c", String.valueOf(letter), "pattern", pattern));
    }
    if (WEEK_BASED.indexOf(letter) >= 0) {
      throw new EmberException(ErrorKind.UPGRADE, "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION",
          "42K0B", "You may get a different result due to the upgrading to Spark >= 3.0: Fail to recognize '"
              + pattern + "' pattern in the DateTimeFormatter. 1) You can set \"spark.sql.legacy.timeParserPolicy\" "
              + "to \"LEGACY\" to restore the behavior before Spark 3.0. 2) You can form a valid datetime pattern "
              + "with the guide from '" + DOCROOT + "/sql-ref-datetime-pattern.html'.",
          Map.of("config", "\"spark.sql.legacy.timeParserPolicy\"", "docroot", DOCROOT, "pattern", "'" + pattern + "'"));
    }
    if (KNOWN.indexOf(letter) < 0) {
      throw unrecognized(pattern);
    }
    switch (letter) {
      case 'y':
        return count == 2 ? "%y" : "%Y";
      case 'M':
      case 'L':
        if (count >= 4) {
          return "%B";
        }
        if (count == 3) {
          return "%b";
        }
        return count == 2 || !formatting ? "%m" : "%-m";
      case 'd':
        return count == 2 || !formatting ? "%d" : "%-d";
      case 'D':
        return count == 3 || !formatting ? "%j" : "%-j";
      case 'E':
        return count >= 4 ? "%A" : "%a";
      case 'a':
        return "%p";
      case 'h':
        return count == 2 || !formatting ? "%I" : "%-I";
      case 'H':
        return count == 2 || !formatting ? "%H" : "%-H";
      case 'm':
        return count == 2 || !formatting ? "%M" : "%-M";
      case 's':
        return count == 2 || !formatting ? "%S" : "%-S";
      case 'S':
        if (count == 3) {
          return "%g";
        }
        if (count == 6) {
          return "%f";
        }
        throw notSupported(pattern, letter);
      default:
        throw notSupported(pattern, letter);
    }
  }

  /** Text that stands for itself: {@code %} is doubled. */
  private static String literal(String text) {
    return text.replace("%", "%%");
  }

  private static EmberException unrecognized(String pattern) {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_DATETIME_PATTERN.WITH_SUGGESTION", "22007",
        "Unrecognized datetime pattern: '" + pattern + "'. You can form a valid datetime pattern with the guide from '"
            + DOCROOT + "/sql-ref-datetime-pattern.html'.",
        Map.of("docroot", DOCROOT, "pattern", "'" + pattern + "'"));
  }

  private static EmberException notSupported(String pattern, Object letter) {
    return new EmberException(ErrorKind.UNSUPPORTED_OPERATION, "UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"datetime pattern letter " + letter + "\" of the class \"Ember\": the pattern '"
            + pattern + "' is not supported yet.",
        Map.of("methodName", "datetime pattern letter " + letter, "className", "Ember"));
  }
}
