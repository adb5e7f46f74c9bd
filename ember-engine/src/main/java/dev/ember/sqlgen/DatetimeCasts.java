package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.failIfNull;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.localToInstant;
import static dev.ember.sqlgen.DatetimeSql.raise;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.tryCast;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlExpression;
import java.util.Optional;

/**
 * Casts to and from dates and timestamps with Spark's rules: Spark's string syntax (not DuckDB's),
 * timestamps as seconds since the epoch, and text without DuckDB's time zone suffix.
 */
final class DatetimeCasts {
  /** Spark's date/timestamp string syntax; groups: year, month, day, hour, minute, second, fraction, zone parts. */
  private static final String SYNTAX = "^\\s*([+-]?\\d{4,7})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?"
      + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?)?\\s*(\\S*)\\s*$";
  /** The zone after a timestamp; groups: offset sign, hours, minutes, or a region (Z and UTC included). */
  private static final String ZONE = "^(?:([+-])(\\d{1,2}):?(\\d{2})?|(Z|UTC|[A-Za-z]+/[A-Za-z_]+))?$";
  private static final String TIME_ONLY = "^\\s*T?\\d{1,2}:\\d{1,2}(?::\\d{1,2}(?:\\.\\d{0,9})?)?\\s*\\S*\\s*$";
  private static final String DATE_ONLY = "^\\s*([+-]?\\d{4,7})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T].*)?)?)?\\s*$";

  private static final java.util.regex.Pattern CANONICAL_DATE =
      java.util.regex.Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");

  private DatetimeCasts() {
  }

  /** The rendering of a cast involving a date or timestamp, if it needs more than DuckDB's CAST. */
  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to, boolean tryCast) {
    if (from == AtomicType.STRING && to == AtomicType.DATE) {
      Optional<SqlExpression> constant = constantDate(operand);
      if (constant.isPresent()) {
        return constant;
      }
      return Optional.of(checked(stringToDate(operand), operand, to, tryCast));
    }
    if (from == AtomicType.STRING && (to == AtomicType.TIMESTAMP || to == AtomicType.TIMESTAMP_NTZ)) {
      return Optional.of(checked(stringToTimestamp(operand, to == AtomicType.TIMESTAMP), operand, to, tryCast));
    }
    if (to == AtomicType.STRING && (from == AtomicType.TIMESTAMP || from == AtomicType.TIMESTAMP_NTZ)) {
      return Optional.of(cast(from == AtomicType.TIMESTAMP ? cast(operand, "TIMESTAMP") : operand, "VARCHAR"));
    }
    if (from == AtomicType.TIMESTAMP && to.isNumeric()) {
      SqlExpression seconds = to == AtomicType.DOUBLE || to == AtomicType.FLOAT ? call("epoch", operand)
          : call("floor", call("epoch", operand));
      return Optional.of(cast(seconds, DuckDbTypes.of(to)));
    }
    if (to == AtomicType.TIMESTAMP && (from == AtomicType.LONG || from == AtomicType.INTEGER
        || from == AtomicType.SHORT || from == AtomicType.BYTE)) {
      return Optional.of(secondsToTimestamp(cast(operand, "BIGINT")));
    }
    if (from.isNumeric() && to == AtomicType.TIMESTAMP) {
      SqlExpression timestamp = call("to_timestamp", cast(operand, "DOUBLE"));
      SqlExpression checked = tryCast ? timestamp : CastOverflow.fractionalSecondsToTimestamp(operand, from, timestamp);
      return Optional.of(from == AtomicType.FLOAT || from == AtomicType.DOUBLE
          ? nonFiniteSeconds(cast(operand, "DOUBLE"), tryCast, checked) : checked);
    }
    if ((from == AtomicType.TIMESTAMP_NTZ || from == AtomicType.DATE) && to == AtomicType.TIMESTAMP) {
      return Optional.of(localToInstant(cast(operand, "TIMESTAMP")));
    }
    return Optional.empty();
  }

  /**
   * A constant text {@code yyyy-MM-dd} (what TPC-DS compares its dates with) as the date itself: DuckDB evaluates
   * the parsing above per row, so a filter on it reaches no Parquet statistics; any other text is parsed in SQL.
   */
  private static Optional<SqlExpression> constantDate(SqlExpression operand) {
    if (!(operand instanceof dev.ember.sqlgen.tree.SqlLiteral literal) || !(literal.value() instanceof String text)
        || !CANONICAL_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new dev.ember.sqlgen.tree.SqlLiteral(java.time.LocalDate.parse(text), AtomicType.DATE));
    } catch (java.time.format.DateTimeParseException invalid) {
      return Optional.empty(); // a day out of range: Spark's parsing decides, in SQL
    }
  }

  /**
   * Spark's integral seconds to a timestamp: {@code SECONDS.toMicros}, exact, and saturated to the first or last
   * microsecond of the bigint range past ±9,223,372,036,854 seconds (in ANSI mode too). DuckDB's timestamps end one
   * microsecond short of either end, so the saturated values are its infinities, whose Arrow values are the bigint
   * ends (+infinity exactly Spark's Long.MaxValue; -infinity is Long.MinValue + 1).
   */
  private static SqlExpression secondsToTimestamp(SqlExpression seconds) {
    long limit = Long.MAX_VALUE / 1_000_000;
    SqlExpression micros = infix("*", seconds, new dev.ember.sqlgen.tree.SqlLiteral(1_000_000L, AtomicType.LONG));
    return when(infix(">", seconds, new dev.ember.sqlgen.tree.SqlLiteral(limit, AtomicType.LONG)),
        cast(text("infinity"), "TIMESTAMPTZ"),
        when(infix("<", seconds, new dev.ember.sqlgen.tree.SqlLiteral(-limit, AtomicType.LONG)),
            cast(text("-infinity"), "TIMESTAMPTZ"), call("make_timestamptz", micros)));
  }

  /**
   * NaN or an infinity as seconds: no timestamp, so NULL where the cast may fail quietly and Spark's
   * CAST_INVALID_INPUT (the number written as Spark writes it) in ANSI mode; DuckDB's to_timestamp fails on them.
   */
  private static SqlExpression nonFiniteSeconds(SqlExpression seconds, boolean tryCast, SqlExpression timestamp) {
    SqlExpression written = when(call("isnan", seconds), text("NaN"),
        when(infix(">", seconds, new dev.ember.sqlgen.tree.SqlLiteral(0.0, AtomicType.DOUBLE)), text("Infinity"),
            text("-Infinity")));
    SqlExpression none = tryCast ? cast(new dev.ember.sqlgen.tree.SqlLiteral(null, AtomicType.NULL), "TIMESTAMPTZ")
        : raise(RaisedError.CAST_INVALID_NUMBER, AtomicType.TIMESTAMP, text("TIMESTAMP"), written, text("DOUBLE"));
    return when(prefixNot(call("isfinite", seconds)), none, timestamp);
  }

  private static SqlExpression prefixNot(SqlExpression condition) {
    return dev.ember.sqlgen.tree.SqlOperator.prefix("NOT", condition);
  }

  private static SqlExpression checked(SqlExpression parsed, SqlExpression input, DataType to, boolean tryCast) {
    return tryCast ? parsed
        : failIfNull(parsed, input, raise(RaisedError.CAST_INVALID_INPUT, to, text(to.sql()), input));
  }

  private static SqlExpression group(SqlExpression input, String pattern, int group) {
    return call("regexp_extract", input, text(pattern), DatetimeSql.number(group));
  }

  /** DuckDB does not read a leading {@code +} on the year. */
  private static SqlExpression year(SqlExpression digits) {
    return call("ltrim", digits, text("+"));
  }

  private static SqlExpression orOne(SqlExpression part) {
    return call("coalesce", call("nullif", part, text("")), text("1"));
  }

  private static SqlExpression orZero(SqlExpression part) {
    return call("coalesce", call("nullif", part, text("")), text("0"));
  }

  /** {@code yyyy}, {@code yyyy-[m]m}, {@code yyyy-[m]m-[d]d} and anything after a space or T; NULL if malformed. */
  static SqlExpression stringToDate(SqlExpression input) {
    SqlExpression year = year(group(input, DATE_ONLY, 1));
    return tryCast(new dev.ember.sqlgen.tree.SqlCall("concat", java.util.List.of(year, text("-"),
        orOne(group(input, DATE_ONLY, 2)), text("-"), orOne(group(input, DATE_ONLY, 3))), false), "DATE");
  }

  /** Spark's timestamp syntax, with an optional zone offset or region; NULL if malformed. */
  static SqlExpression stringToTimestamp(SqlExpression text, boolean withTimeZone) {
    // a time alone ([T]h:m[:s[.f]]) is a time of the current day in the session time zone
    SqlExpression input = when(call("regexp_matches", text, DatetimeSql.text(TIME_ONLY)),
        new dev.ember.sqlgen.tree.SqlCall("concat", java.util.List.of(cast(call("current_date"), "VARCHAR"),
            DatetimeSql.text(" "), call("ltrim", call("trim", text), DatetimeSql.text("T"))), false), text);
    SqlExpression fraction = call("rpad", call("left", group(input, SYNTAX, 7), DatetimeSql.number(6)),
        DatetimeSql.number(6), text("0"));
    SqlExpression local = new dev.ember.sqlgen.tree.SqlCall("concat", java.util.List.of(
        year(group(input, SYNTAX, 1)), text("-"), orOne(group(input, SYNTAX, 2)), text("-"), orOne(group(input, SYNTAX, 3)),
        text(" "), orZero(group(input, SYNTAX, 4)), text(":"), orZero(group(input, SYNTAX, 5)), text(":"),
        orZero(group(input, SYNTAX, 6)), text("."), fraction), false);
    SqlExpression zone = group(input, SYNTAX, 8);
    SqlExpression valid = infix("AND", call("regexp_matches", input, text(SYNTAX)),
        call("regexp_matches", zone, text(ZONE)));
    SqlExpression localTimestamp = when(valid, tryCast(local, "TIMESTAMP"), null);
    if (!withTimeZone) {
      return localTimestamp;
    }
    SqlExpression sign = group(zone, ZONE, 1);
    SqlExpression region = group(zone, ZONE, 4);
    SqlExpression offset = new dev.ember.sqlgen.tree.SqlCall("concat", java.util.List.of(sign,
        call("lpad", group(zone, ZONE, 2), DatetimeSql.number(2), text("0")), text(":"),
        call("coalesce", call("nullif", group(zone, ZONE, 3), text("")), text("00"))), false);
    SqlExpression zoned = when(infix("<>", sign, text("")), offset,
        when(call("list_contains", new dev.ember.sqlgen.tree.SqlList(java.util.List.of(text("Z"), text("UTC"))),
            region), text("+00:00"), infix("||", text(" "), region)));
    return when(infix("AND", valid, infix("=", zone, text(""))), localToInstant(localTimestamp),
        when(valid, tryCast(infix("||", local, zoned), "TIMESTAMPTZ"), null));
  }
}
