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
  /** A pattern java.time refuses and SimpleDateFormat (Spark's legacy formatter) takes. */
  static final String UPGRADE_RECOGNITION = "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION";
  private static final String WEEK_BASED = "YWwu";
  /** Week-based letters SimpleDateFormat does not know either. */
  private static final String WEEK_BASED_NEW = "ec";
  private static final String ILLEGAL = "AnNpB";
  /** The letters of SimpleDateFormat (Spark's legacy formatter), which takes any number of each but X. */
  private static final String LEGACY = "GyMdkHmsSEDFwWahKzZYuL";
  private static final String KNOWN = "GyMLdDQqEFahKkHmsSVzOXxZ";
  /** The letters strftime writes (some only at some lengths, see {@link #strftimeWrites}). */
  private static final String STRFTIME = "yMLdDEahHmsS";

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
    for (Token token : tokens(pattern, true, false)) {
      if (token.opensSection() || token.closesSection()) {
        continue; // a timestamp has every field: an optional section is written
      }
      if (token.letter() == 'S' && token.literal() == null) {
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

  /**
   * Whether strftime writes {@code pattern} as Spark does: years of up to four digits, months, days, day of year
   * (not in two digits), weekdays, AM/PM, hours, minutes, seconds, fractions and text; a pattern Spark refuses
   * raises Spark's error here.
   */
  public static boolean strftimeWrites(String pattern) {
    List<Token> tokens = tokens(pattern, true, false);
    return !tokens.isEmpty() && tokens.stream().allMatch(token -> token.literal() != null || token.opensSection()
        || token.closesSection() || STRFTIME.indexOf(token.letter()) >= 0 && !(token.letter() == 'y'
        && token.count() > 4) && !(token.letter() == 'D' && token.count() == 2));
  }

  /** The strptime format reading {@code pattern} as Spark's {@code to_timestamp} does. */
  public static String forParsing(String pattern) {
    return forParsing(pattern, false);
  }

  /** The strptime format, for SimpleDateFormat's reading when {@code legacy}. */
  static String forParsing(String pattern, boolean legacy) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens(pattern, false, legacy)) {
      out.append(token.literal() != null ? literal(token.literal())
          : specifier(pattern, token.letter(), token.count(), false));
    }
    return out.toString();
  }

  /** Whether the pattern reads a year ({@code y}, {@code u}); Spark takes 1970 for a pattern without one. */
  public static boolean readsYear(String pattern, boolean legacy) {
    return tokens(pattern, false, legacy).stream().anyMatch(token -> token.literal() == null
        && (token.letter() == 'y' || token.letter() == 'u'));
  }

  /** Whether the pattern reads a two-digit year ({@code yy}), which Spark places in 2000–2099. */
  public static boolean readsTwoDigitYear(String pattern) {
    return tokens(pattern).stream().anyMatch(token -> token.literal() == null && token.letter() == 'y'
        && token.count() == 2);
  }

  /**
   * Whether Spark's new parser builds a formatter of the pattern. A reader (from_json's dateFormat) given one it
   * cannot build reads nothing instead of failing, so the refusal is its answer here; but when {@code checkLegacy}
   * (any type but TIMESTAMP_NTZ), a pattern only the legacy parser builds fails with Spark's upgrade error.
   */
  static boolean valid(String pattern, boolean checkLegacy) {
    try {
      tokensWithSections(pattern);
      parsingRegex(pattern, false);
      return true;
    } catch (dev.ember.plan.errors.EmberException refused) {
      if (checkLegacy && UPGRADE_RECOGNITION.equals(refused.errorClass())) {
        throw refused;
      }
      return false;
    }
  }

  /**
   * A regular expression the whole text must match for Spark's parser to accept it: strptime reads
   * one or two digits where Spark's {@code MM} wants exactly two, and so on.
   */
  public static String parsingRegex(String pattern, boolean legacy) {
    StringBuilder out = new StringBuilder("^");
    for (Token token : tokens(pattern, false, legacy)) {
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

  /**
   * A run of one pattern letter, or literal text (quoted or not a letter); with optional sections, {@code [} and
   * {@code ]} (letter, no count, no literal) open and close one.
   */
  record Token(char letter, int count, String literal) {
    boolean opensSection() {
      return literal == null && letter == '[';
    }

    boolean closesSection() {
      return literal == null && letter == ']';
    }
  }

  private static List<Token> tokens(String pattern) {
    return tokens(pattern, false, false);
  }

  /** The pattern's tokens as Spark's DateTimeFormatter reads them: {@code [...]} is an optional section. */
  static List<Token> tokensWithSections(String pattern) {
    return tokens(pattern, true, false);
  }

  /**
   * The tokens; {@code legacy}: as SimpleDateFormat (Spark's legacy parser policy) reads them, any number of a
   * letter.
   */
  private static List<Token> tokens(String pattern, boolean sections, boolean legacy) {
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
      if (sections && (c == '[' || c == ']')) {
        tokens.add(new Token(c, 0, null));
        i++;
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
      checkLetter(pattern, c, legacy ? 1 : run - i);
      tokens.add(new Token(c, run - i, null));
      i = run;
    }
    return tokens;
  }

  private static void checkLetter(String pattern, char letter, int count) {
    if (ILLEGAL.indexOf(letter) >= 0) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER", "22007",
          "Unrecognized datetime pattern: " + pattern + ". Illegal pattern character found in datetime pattern: "
              + letter + ". Please provide legal character.",
          Map.of("c", String.valueOf(letter), "pattern", pattern));
    }
    if (WEEK_BASED.indexOf(letter) >= 0) {
      throw notRecognizedSinceUpgrade(pattern);
    }
    if (WEEK_BASED_NEW.indexOf(letter) >= 0) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT,
          "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN", "42K0B",
          "You may get a different result due to the upgrading to Spark >= 3.0: All week-based patterns are "
              + "unsupported since Spark 3.0, detected week-based character: " + letter
              + ". Please use the SQL function EXTRACT instead.", Map.of("c", String.valueOf(letter)));
    }
    if ((letter == 'Q' || letter == 'q') && count >= 5) {
      String letters = String.valueOf(letter).repeat(5);
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_DATETIME_PATTERN.LENGTH", "22007",
          "Too many letters in datetime pattern: " + letters + ". Please reduce pattern length.",
          Map.of("pattern", letters));
    }
    if (KNOWN.indexOf(letter) < 0) {
      throw unrecognized(pattern);
    }
    if (!validCount(letter, count)) {
      // java.time refuses the length; Spark tells apart a pattern its legacy formatter would take
      throw LEGACY.indexOf(letter) >= 0 ? notRecognizedSinceUpgrade(pattern) : unrecognized(pattern);
    }
  }

  /** How many of a letter java.time's DateTimeFormatter takes (and Spark: five G, M, L, E or seven y are refused). */
  private static boolean validCount(char letter, int count) {
    return switch (letter) {
      case 'y' -> count < 7;
      case 'G', 'M', 'L', 'E' -> count < 5;
      case 'd', 'h', 'H', 'k', 'K', 'm', 's' -> count <= 2;
      case 'D' -> count <= 3;
      case 'F', 'a' -> count == 1;
      case 'S' -> count <= 9;
      case 'z' -> count <= 4;
      case 'Z', 'X', 'x' -> count <= 5;
      case 'O' -> count == 1 || count == 4;
      case 'V' -> count == 2;
      default -> true;
    };
  }

  private static EmberException notRecognizedSinceUpgrade(String pattern) {
    return new EmberException(ErrorKind.UPGRADE, UPGRADE_RECOGNITION, "42K0B",
        "You may get a different result due to the upgrading to Spark >= 3.0: Fail to recognize '"
            + pattern + "' pattern in the DateTimeFormatter. 1) You can set \"spark.sql.legacy.timeParserPolicy\" "
            + "to \"LEGACY\" to restore the behavior before Spark 3.0. 2) You can form a valid datetime pattern "
            + "with the guide from '" + DOCROOT + "/sql-ref-datetime-pattern.html'.",
        Map.of("config", "\"spark.sql.legacy.timeParserPolicy\"", "docroot", DOCROOT, "pattern", "'" + pattern + "'"));
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

  static EmberException unrecognized(String pattern) {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_DATETIME_PATTERN.WITH_SUGGESTION", "22007",
        "Unrecognized datetime pattern: '" + pattern + "'. You can form a valid datetime pattern with the guide from '"
            + DOCROOT + "/sql-ref-datetime-pattern.html'.",
        Map.of("docroot", DOCROOT, "pattern", "'" + pattern + "'"));
  }

  static EmberException notSupported(String pattern, Object letter) {
    return new EmberException(ErrorKind.UNSUPPORTED_OPERATION, "UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"datetime pattern letter " + letter + "\" of the class \"Ember\": the pattern '"
            + pattern + "' is not supported yet.",
        Map.of("methodName", "datetime pattern letter " + letter, "className", "Ember"));
  }
}
