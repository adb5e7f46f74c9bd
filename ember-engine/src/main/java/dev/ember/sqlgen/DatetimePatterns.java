package dev.ember.sqlgen;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

  /**
   * One piece of a formatting: strftime text, or (when {@code fractionDigits > 0}) the first digits
   * of the fraction of a second, which strftime cannot write at any width.
   */
  public record FormatPart(String strftime, int fractionDigits) {
  }

  /** How {@code date_format} writes {@code pattern}: strftime pieces and fractions of a second. */
  public static List<FormatPart> forFormatting(String pattern) {
    List<FormatPart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Token token : tokens(pattern)) {
      if (token.letter() == 'S') {
        if (text.length() > 0) {
          parts.add(new FormatPart(text.toString(), 0));
          text.setLength(0);
        }
        parts.add(new FormatPart("", token.count()));
      } else {
        text.append(token.literal() != null ? literal(token.literal())
            : specifier(pattern, token.letter(), token.count(), true));
      }
    }
    if (text.length() > 0 || parts.isEmpty()) {
      parts.add(new FormatPart(text.toString(), 0));
    }
    return parts;
  }

  /** The strptime format reading {@code pattern} as Spark's {@code to_timestamp} does. */
  public static String forParsing(String pattern) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens(pattern)) {
      out.append(token.literal() != null ? literal(token.literal())
          : specifier(pattern, token.letter(), token.count(), false));
    }
    return out.toString();
  }

  /** Whether the pattern reads a year ({@code y}, {@code u}); Spark takes 1970 for a pattern without one. */
  public static boolean readsYear(String pattern) {
    return tokens(pattern).stream().anyMatch(token -> token.literal() == null
        && (token.letter() == 'y' || token.letter() == 'u'));
  }

  /** Whether the pattern reads a two-digit year ({@code yy}), which Spark places in 2000–2099. */
  public static boolean readsTwoDigitYear(String pattern) {
    return tokens(pattern).stream().anyMatch(token -> token.literal() == null && token.letter() == 'y'
        && token.count() == 2);
  }

  /**
   * A regular expression the whole text must match for Spark's parser to accept it: strptime reads
   * one or two digits where Spark's {@code MM} wants exactly two, and so on.
   */
  public static String parsingRegex(String pattern) {
    StringBuilder out = new StringBuilder("^");
    for (Token token : tokens(pattern)) {
      out.append(token.literal() != null ? Pattern.quote(token.literal()) : widthRegex(token.letter(), token.count()));
    }
    return out.append("$").toString();
  }

  private static String widthRegex(char letter, int count) {
    switch (letter) {
      case 'y':
        return count == 2 ? "\\d{2}" : "\\d{" + count + ",10}";
      case 'M':
      case 'L':
        if (count >= 3) {
          return "[A-Za-z]+";
        }
        return count == 2 ? "\\d{2}" : "\\d{1,2}";
      case 'D':
        return count >= 2 ? "\\d{" + count + "}" : "\\d{1,3}";
      case 'E':
        return "[A-Za-z]+";
      case 'a':
        return "[AaPp][Mm]";
      case 'S':
        return "\\d{" + count + "}";
      default:
        return count >= 2 ? "\\d{" + count + "}" : "\\d{1,2}";
    }
  }

  /** A run of one pattern letter, or literal text (quoted or not a letter). */
  private record Token(char letter, int count, String literal) {
  }

  private static List<Token> tokens(String pattern) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int end = pattern.indexOf('\'', i + 1);
        if (end < 0) {
          throw unrecognized(pattern);
        }
        tokens.add(new Token(' ', 0, end == i + 1 ? "'" : pattern.substring(i + 1, end)));
        i = end + 1;
        continue;
      }
      if (!Character.isLetter(c) || c > 'z') {
        tokens.add(new Token(' ', 0, String.valueOf(c)));
        i++;
        continue;
      }
      int run = i;
      while (run < pattern.length() && pattern.charAt(run) == c) {
        run++;
      }
      checkLetter(pattern, c);
      tokens.add(new Token(c, run - i, null));
      i = run;
    }
    return tokens;
  }

  private static void checkLetter(String pattern, char letter) {
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
  }

  private static String specifier(String pattern, char letter, int count, boolean formatting) {
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
        if (count == 2 && formatting) {
          throw notSupported(pattern, "DD"); // at least two digits: strftime has one or three
        }
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
        // only reached when parsing: formatting writes fractions itself
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
