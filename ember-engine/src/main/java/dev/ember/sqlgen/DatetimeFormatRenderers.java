package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.failIfNull;
import static dev.ember.sqlgen.DatetimeSql.localToInstant;
import static dev.ember.sqlgen.DatetimeSql.raise;
import static dev.ember.sqlgen.DatetimeSql.text;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DuckDB renderings of the functions that take a Spark datetime pattern: the pattern (a literal) is
 * translated by {@link DatetimePatterns} when the query is generated, so a bad pattern fails when
 * the query runs, as in Spark.
 */
final class DatetimeFormatRenderers {
  private DatetimeFormatRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("parse_date", (call, args) -> parse(call, args, "try_to_date", true));
    renderers.put("parse_timestamp", (call, args) -> parse(call, args, "try_to_timestamp", true));
    renderers.put("try_parse_timestamp", (call, args) -> parse(call, args, null, false));
    renderers.put("try_parse_date", (call, args) -> parse(call, args, null, false));
    // a TIME written with a pattern (to_json's and to_xml's timeFormat): its time of day on 1970-01-01
    renderers.put("format_time", (call, args) -> withPattern(call, 1, AtomicType.STRING,
        pattern -> formatTime(args.get(0), pattern)));
    renderers.put("date_format", (call, args) -> withPattern(call, 1, AtomicType.STRING,
        pattern -> call.arguments().size() <= 2 ? format(args.get(0), pattern)
            : legacyFormat(args.get(0), pattern, call.argument(0).dataType() == AtomicType.TIMESTAMP_NTZ)));
    renderers.put("from_unixtime", (call, args) -> withPattern(call, 1, AtomicType.STRING,
        pattern -> call.arguments().size() > 2
            ? legacyFormat(call("to_timestamp", cast(args.get(0), "DOUBLE")), pattern, false)
            : format(call("to_timestamp", cast(args.get(0), "DOUBLE")), pattern)));
    renderers.put("unix_timestamp", (call, args) -> cast(call("floor", call("epoch", args.get(0))), "BIGINT"));
  }

  private interface PatternRendering {
    SqlExpression render(String pattern);
  }

  /** Renders with the call's literal pattern; a NULL pattern gives NULL. */
  private static SqlExpression withPattern(Call call, int index, DataType type, PatternRendering rendering) {
    if (!(call.argument(index) instanceof Literal literal)) {
      throw dev.ember.plan.errors.SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"" + call.function() + "\" of the class \"Ember\": the datetime pattern must be a "
              + "literal.", Map.of("methodName", call.function(), "className", "Ember"));
    }
    if (literal.value() == null) {
      return new SqlLiteral(null, type);
    }
    return rendering.render((String) literal.value());
  }

  /**
   * SimpleDateFormat's writing of the instant in the session's zone (the legacy parser policy); a TIMESTAMP_NTZ's
   * local time as it is ({@code local}: its epoch microseconds are UTC's).
   */
  private static SqlExpression legacyFormat(SqlExpression time, String pattern, boolean local) {
    checkLegacyPattern(pattern);
    return call("ember_legacy_date_format", call("epoch_us", time), text(pattern),
        local ? text("UTC") : sessionZone());
  }

  private static SqlExpression sessionZone() {
    return call("current_setting", text("TimeZone"));
  }

  /** A pattern SimpleDateFormat refuses is Spark's INVALID_DATETIME_PATTERN. */
  private static void checkLegacyPattern(String pattern) {
    if (!legacyPatternValid(pattern)) {
      throw DatetimePatterns.unrecognized(pattern);
    }
  }

  /** Whether SimpleDateFormat takes the pattern. */
  static boolean legacyPatternValid(String pattern) {
    try {
      new java.text.SimpleDateFormat(pattern, java.util.Locale.US);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  /**
   * strftime pieces, and the fraction of a second cut (or zero-padded) to the pattern's width; a pattern strftime
   * cannot write goes to Spark's formatter ({@code ember_date_format}) with the instant and the session's zone.
   */
  /** A TIME's text in a Spark pattern (as a local time: no zone applies). */
  static SqlExpression formatTime(SqlExpression time, String pattern) {
    return formatLocal(SqlOperator.infix("+", cast(text("1970-01-01"), "DATE"), time), pattern);
  }

  /** A TIMESTAMP_NTZ's (local) text in a Spark pattern: its epoch microseconds are UTC's. */
  static SqlExpression formatLocal(SqlExpression time, String pattern) {
    return format(time, pattern, text("UTC"));
  }

  static SqlExpression format(SqlExpression time, String pattern) {
    return format(time, pattern, call("current_setting", text("TimeZone")));
  }

  private static SqlExpression format(SqlExpression time, String pattern, SqlExpression zone) {
    if (!DatetimePatterns.strftimeWrites(pattern)) {
      return call("ember_date_format", call("epoch_us", time), text(pattern), zone);
    }
    List<SqlExpression> pieces = new ArrayList<>();
    for (DatetimePatterns.FormatPart part : DatetimePatterns.forFormatting(pattern)) {
      if (part.fractionDigits() == 0) {
        pieces.add(call("strftime", time, text(part.strftime())));
      } else {
        SqlExpression micros = call("strftime", time, text("%f"));
        pieces.add(part.fractionDigits() <= 6 ? call("left", micros, DatetimeSql.number(part.fractionDigits()))
            : call("rpad", micros, DatetimeSql.number(part.fractionDigits()), text("0")));
      }
    }
    // concat() would turn a NULL time into text: keep NULL in, NULL out
    SqlExpression joined = pieces.size() == 1 ? pieces.get(0) : new SqlCall("concat", pieces, false);
    return pieces.size() == 1 ? joined : DatetimeSql.when(DatetimeSql.isNotNull(time), joined, null);
  }

  /**
   * strptime of the text as Spark's parser reads it: a pattern without a year reads 1970 (strptime's default is
   * 1900), a two-digit year falls in 2000–2099 (strptime puts 69–99 in the 1900s).
   */
  private static SqlExpression strptime(SqlExpression textValue, String pattern) {
    if (!DatetimePatterns.readsYear(pattern, false)) {
      return call("try_strptime", new SqlCall("concat", List.of(text("1970 "), textValue), false),
          text("%Y " + DatetimePatterns.forParsing(pattern, false)));
    }
    SqlExpression parsed = call("try_strptime", textValue, text(DatetimePatterns.forParsing(pattern, false)));
    if (!DatetimePatterns.readsTwoDigitYear(pattern)) {
      return parsed;
    }
    SqlExpression lastCentury = SqlOperator.infix("<", call("year", parsed), DatetimeSql.number(2000));
    return DatetimeSql.when(lastCentury, SqlOperator.infix("+", parsed, call("to_years",
        DatetimeSql.number(100))), parsed);
  }

  /** The TIMESTAMP a string names in a Spark pattern, NULL when it does not match. */
  static SqlExpression parseLocal(SqlExpression input, String pattern) {
    return DatetimeSql.when(call("regexp_full_match", input, text(DatetimePatterns.parsingRegex(pattern, false))),
        strptime(input, pattern), null);
  }

  /** A text read with SimpleDateFormat (the legacy parser policy) as a {@code type}, NULL if it cannot be. */
  static SqlExpression legacyParse(SqlExpression text, String pattern, DataType type) {
    return legacy(legacyLocal(text, pattern), type);
  }

  /** SimpleDateFormat's reading (legacy parser policy): the local time it reads, NULL when it cannot. */
  private static SqlExpression legacyLocal(SqlExpression text, String pattern) {
    checkLegacyPattern(pattern);
    return call("make_timestamp", call("ember_legacy_parse", text, text(pattern), sessionZone()));
  }

  /** The local time SimpleDateFormat reads as a {@code type}. */
  private static SqlExpression legacy(SqlExpression local, DataType type) {
    return type == AtomicType.DATE ? cast(local, "DATE") : type == AtomicType.TIMESTAMP_NTZ ? local
        : localToInstant(local);
  }

  /**
   * Spark's formatter of a TIMESTAMP_NTZ does not ask its legacy formatter whether it would have taken a pattern
   * it refuses: the refusal is INVALID_DATETIME_PATTERN, not the upgrade's DATETIME_PATTERN_RECOGNITION.
   */
  private static SqlExpression withoutLegacyCheck(String pattern, java.util.function.Supplier<SqlExpression> rendering) {
    try {
      return rendering.get();
    } catch (dev.ember.plan.errors.EmberException refused) {
      if (DatetimePatterns.UPGRADE_RECOGNITION.equals(refused.errorClass())) {
        throw DatetimePatterns.unrecognized(pattern);
      }
      throw refused;
    }
  }

  /** Reads a string with a pattern; ANSI fails on text that does not match, naming the try_ function. */
  private static SqlExpression parse(Call call, List<SqlExpression> args, String tryFunction, boolean ansi) {
    DataType type = call.dataType();
    // Spark reads a TIMESTAMP_NTZ with its new parser whatever the parser policy
    boolean legacyParser = call.arguments().size() > 2 && type != AtomicType.TIMESTAMP_NTZ;
    return withPattern(call, 1, type, pattern -> {
      SqlExpression parsed = legacyParser ? legacy(legacyLocal(args.get(0), pattern), type)
          : type == AtomicType.TIMESTAMP_NTZ ? withoutLegacyCheck(pattern, () -> DatetimeParsing.parse(args.get(0),
              pattern, type)) : DatetimeParsing.parse(args.get(0), pattern, type);
      if (!ansi) {
        return parsed;
      }
      return failIfNull(parsed, args.get(0),
          raise(RaisedError.CANNOT_PARSE_TIMESTAMP, type, text(tryFunction), text(pattern), args.get(0)));
    });
  }
}
