package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.DatetimePatterns.Token;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlOperator;
import java.time.format.TextStyle;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads text with a Spark datetime pattern as Spark's DateTimeFormatter does: one regular expression with a group
 * per field (fractions of a second of one to n digits, optional sections {@code [...]}, zone names), then the
 * fields resolved as Spark resolves them (1970-01-01 for missing date fields, the hour of {@code h}/{@code K}
 * with or without {@code a}), NULL when a field is out of range or the text does not match.
 */
final class DatetimeParsing {
  private static final String NUMERIC = "yMLdDHhKkmsS";
  /** Zone abbreviations java.time reads in an English locale, by the region they stand for. */
  private static final Map<String, String> ZONE_NAMES = Map.ofEntries(
      Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("PT", "America/Los_Angeles"), Map.entry("MST", "America/Denver"),
      Map.entry("MDT", "America/Denver"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
      Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
      Map.entry("HST", "Pacific/Honolulu"), Map.entry("AKST", "America/Anchorage"),
      Map.entry("AKDT", "America/Anchorage"), Map.entry("GMT", "UTC"), Map.entry("UT", "UTC"),
      Map.entry("Z", "UTC"), Map.entry("CEST", "CET"), Map.entry("JST", "Asia/Tokyo"));

  private static final SqlExpression TRUE = new dev.ember.sqlgen.tree.SqlLiteral(true, AtomicType.BOOLEAN);

  private final SqlExpression input;
  private final String pattern;
  private final List<Token> tokens;
  private final StringBuilder regex = new StringBuilder("^");
  /** The group of each field letter (the last one when a letter repeats). */
  private final Map<Character, Integer> groups = new HashMap<>();
  private final Map<Character, Integer> counts = new HashMap<>();
  private int groupCount;
  /** Pairs of groups of the same letter, whose texts must agree (java.time refuses two values of one field). */
  private final List<int[]> repeats = new ArrayList<>();

  private DatetimeParsing(SqlExpression input, String pattern) {
    this.input = input;
    this.pattern = pattern;
    this.tokens = DatetimePatterns.tokensWithSections(pattern);
    for (int i = 0; i < tokens.size(); i++) {
      append(tokens.get(i), i + 1 < tokens.size() ? tokens.get(i + 1) : null);
    }
    regex.append("$");
  }

  /** The text read with the pattern as a {@code type} (DATE, TIMESTAMP or TIMESTAMP_NTZ), NULL if it cannot be. */
  static SqlExpression parse(SqlExpression input, String pattern, DataType type) {
    return new DatetimeParsing(input, pattern).value(type);
  }

  private void append(Token token, Token next) {
    if (token.opensSection()) {
      regex.append("(?:");
      return;
    }
    if (token.closesSection()) {
      regex.append(")?");
      return;
    }
    if (token.literal() != null) {
      regex.append(Pattern.quote(token.literal()));
      return;
    }
    char letter = token.letter();
    int count = token.count();
    boolean digitsFollow = next != null && next.literal() == null && NUMERIC.indexOf(next.letter()) >= 0;
    String group = switch (letter) {
      case 'y' -> count == 2 ? "\\d{2}" : "\\d{" + count + ",10}";
      case 'M', 'L' -> count >= 3 ? "[A-Za-z]+" : count == 2 || digitsFollow ? "\\d{2}" : "\\d{1,2}";
      case 'D' -> count == 3 || digitsFollow ? "\\d{3}" : count == 2 ? "\\d{2,3}" : "\\d{1,3}";
      case 'E' -> "[A-Za-z]+";
      case 'a' -> "[AaPp][Mm]";
      case 'G' -> "[AaBb][DdCc]";
      // java.time reads one to n digits of a fraction, greedily: followed by digits, it takes all n
      case 'S' -> digitsFollow ? "\\d{" + count + "}" : "\\d{1," + count + "}";
      case 'z', 'V' -> "[A-Za-z][A-Za-z0-9/_+:-]*";
      case 'd', 'H', 'h', 'K', 'k', 'm', 's' -> count == 2 || digitsFollow ? "\\d{2}" : "\\d{1,2}";
      default -> throw DatetimePatterns.notSupported(pattern, letter);
    };
    regex.append('(').append(group).append(')');
    if (groups.containsKey(letter)) {
      repeats.add(new int[] {groups.get(letter), groupCount + 1});
    }
    groups.put(letter, ++groupCount);
    counts.put(letter, count);
  }

  private SqlExpression field(char letter) {
    return group(groups.get(letter));
  }

  private SqlExpression group(int index) {
    return call("regexp_extract", input, text(regex.toString()), DatetimeSql.number(index));
  }

  /** A numeric field, or {@code fallback} when the pattern has none or its optional section is absent. */
  private SqlExpression number(char letter, int fallback) {
    if (!groups.containsKey(letter)) {
      return big(fallback);
    }
    return call("coalesce", DatetimeSql.tryCast(call("nullif", field(letter), text("")), "BIGINT"), big(fallback));
  }

  private static SqlExpression big(long value) {
    return new dev.ember.sqlgen.tree.SqlLiteral(value, AtomicType.LONG);
  }

  private SqlExpression value(DataType type) {
    SqlExpression local = local();
    SqlExpression matched = when(call("regexp_full_match", input, text(regex.toString())), local, null);
    if (type == AtomicType.DATE) {
      return cast(matched, "DATE");
    }
    if (type == AtomicType.TIMESTAMP_NTZ) {
      return matched;
    }
    Character zoneLetter = groups.containsKey('z') ? Character.valueOf('z')
        : groups.containsKey('V') ? Character.valueOf('V') : null;
    if (zoneLetter == null) {
      return DatetimeSql.localToInstant(matched);
    }
    SqlExpression zone = field(zoneLetter);
    return when(infix("=", zone, text("")), DatetimeSql.localToInstant(matched),
        call("timezone", region(zone), matched));
  }

  /** The region a zone name stands for: an abbreviation java.time knows, else the name itself (an id). */
  private static SqlExpression region(SqlExpression zone) {
    List<SqlCase.When> whens = new ArrayList<>();
    ZONE_NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> whens.add(
        new SqlCase.When(infix("=", call("upper", zone), text(entry.getKey())), text(entry.getValue()))));
    return new SqlCase(whens, zone);
  }

  /** The wall clock the fields name, or NULL when one is out of range or they disagree. */
  private SqlExpression local() {
    SqlExpression year = year();
    SqlExpression month = month();
    SqlExpression day = number('d', 1);
    SqlExpression valid = DatetimeRenderers.validDate(year, month, day);
    SqlExpression date = call("make_date", year, month, day);
    if (groups.containsKey('D')) {
      SqlExpression dayOfYear = number('D', 1);
      SqlExpression fromDayOfYear = infix("+", call("make_date", year, big(1), big(1)),
          cast(infix("-", dayOfYear, big(1)), "INTEGER"));
      SqlExpression inYear = infix("AND", infix(">=", dayOfYear, big(1)),
          infix("<=", dayOfYear, call("dayofyear", call("make_date", year, big(12), big(31)))));
      valid = infix("AND", DatetimeRenderers.validDate(year, big(1), big(1)), inYear);
      if (groups.containsKey('M') || groups.containsKey('L') || groups.containsKey('d')) {
        SqlExpression monthAgrees = groups.containsKey('M') || groups.containsKey('L')
            ? infix("=", call("month", fromDayOfYear), month) : TRUE;
        SqlExpression dayAgrees = groups.containsKey('d') ? infix("=", call("day", fromDayOfYear), day) : TRUE;
        valid = infix("AND", valid, infix("AND", monthAgrees, dayAgrees));
      }
      date = fromDayOfYear;
    }
    SqlExpression hour = hour();
    SqlExpression minute = number('m', 0);
    SqlExpression second = number('s', 0);
    SqlExpression micros = micros();
    valid = infix("AND", valid, infix("AND", hourValid(), infix("AND", between(minute, 0, 59),
        between(second, 0, 59))));
    for (int[] pair : repeats) {
      valid = infix("AND", valid, infix("=", group(pair[0]), group(pair[1])));
    }
    SqlExpression seconds = infix("+", infix("*", infix("+", infix("*", hour, big(60)), minute), big(60)), second);
    SqlExpression timestamp = infix("+", cast(date, "TIMESTAMP"),
        call("to_microseconds", infix("+", infix("*", seconds, big(1_000_000)), micros)));
    return new SqlCase(List.of(new SqlCase.When(valid, timestamp)), null);
  }

  private static SqlExpression between(SqlExpression value, long low, long high) {
    return infix("AND", infix(">=", value, big(low)), infix("<=", value, big(high)));
  }

  /** A two-digit year falls in 2000–2099; a pattern without a year reads 1970. */
  private SqlExpression year() {
    if (!groups.containsKey('y')) {
      return big(1970);
    }
    SqlExpression year = number('y', 1970);
    return counts.get('y') == 2 ? infix("+", year, big(2000)) : year;
  }

  private SqlExpression month() {
    char letter = groups.containsKey('M') ? 'M' : groups.containsKey('L') ? 'L' : 0;
    if (letter == 0) {
      return big(1);
    }
    if (counts.get(letter) < 3) {
      return number(letter, 1);
    }
    TextStyle style = counts.get(letter) == 3 ? TextStyle.SHORT : TextStyle.FULL;
    List<SqlExpression> names = new ArrayList<>();
    for (Month month : Month.values()) {
      names.add(text(month.getDisplayName(style, Locale.US).toLowerCase(Locale.ROOT)));
    }
    SqlExpression position = call("list_position", new SqlList(names), call("lower", field(letter)));
    return cast(position, "BIGINT");
  }

  /** Spark's hour: H as it is, k with 24 as 0, h and K of the half day {@code a} names (the morning without one). */
  private SqlExpression hour() {
    SqlExpression afternoon = groups.containsKey('a')
        ? when(infix("=", call("upper", field('a')), text("PM")), big(12), big(0)) : big(0);
    if (groups.containsKey('H')) {
      return number('H', 0);
    }
    if (groups.containsKey('k')) {
      return infix("%", number('k', 0), big(24));
    }
    if (groups.containsKey('h')) {
      return infix("+", infix("%", number('h', 0), big(12)), afternoon);
    }
    if (groups.containsKey('K')) {
      return infix("+", number('K', 0), afternoon);
    }
    return afternoon;
  }

  private SqlExpression hourValid() {
    if (groups.containsKey('H')) {
      return between(number('H', 0), 0, 23);
    }
    if (groups.containsKey('k')) {
      return between(number('k', 0), 1, 24);
    }
    if (groups.containsKey('h')) {
      return between(number('h', 0), 1, 12);
    }
    if (groups.containsKey('K')) {
      return between(number('K', 0), 0, 11);
    }
    return TRUE;
  }

  /** The fraction's first six digits as microseconds (more are read and dropped). */
  private SqlExpression micros() {
    if (!groups.containsKey('S')) {
      return big(0);
    }
    SqlExpression six = DatetimeSql.number(6);
    SqlExpression digits = call("rpad", call("left", field('S'), six), six, text("0"));
    // an absent optional fraction reads as zero
    return call("coalesce", DatetimeSql.tryCast(call("nullif", digits, text("000000")), "BIGINT"), big(0));
  }
}
