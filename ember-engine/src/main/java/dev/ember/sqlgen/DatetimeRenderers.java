package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.isNotNull;
import static dev.ember.sqlgen.DatetimeSql.number;
import static dev.ember.sqlgen.DatetimeSql.raise;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DuckDB renderings of date and timestamp functions without patterns (see {@link DatetimeFormatRenderers}). */
final class DatetimeRenderers {
  private static final List<List<String>> DAYS_OF_WEEK = List.of(
      List.of("MO", "MON", "MONDAY"), List.of("TU", "TUE", "TUESDAY"), List.of("WE", "WED", "WEDNESDAY"),
      List.of("TH", "THU", "THURSDAY"), List.of("FR", "FRI", "FRIDAY"), List.of("SA", "SAT", "SATURDAY"),
      List.of("SU", "SUN", "SUNDAY"));

  private DatetimeRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("current_date", (call, args) -> call("current_date"));
    renderers.put("current_timestamp", (call, args) -> call("get_current_timestamp"));
    renderers.put("now", (call, args) -> call("get_current_timestamp"));
    field(renderers, "year", "year");
    field(renderers, "month", "month");
    field(renderers, "dayofmonth", "day");
    field(renderers, "dayofyear", "dayofyear");
    field(renderers, "quarter", "quarter");
    field(renderers, "weekofyear", "week");
    field(renderers, "hour", "hour");
    field(renderers, "minute", "minute");
    field(renderers, "second", "second");
    // DuckDB counts Sunday as 0, Spark as 1.
    renderers.put("dayofweek", (call, args) -> cast(infix("+", call("dayofweek", args.get(0)), number(1)), "INTEGER"));
    renderers.put("datediff", (call, args) -> cast(infix("-", args.get(0), args.get(1)), "INTEGER"));
    renderers.put("date_add", (call, args) -> infix("+", args.get(0), args.get(1)));
    renderers.put("date_sub", (call, args) -> infix("-", args.get(0), args.get(1)));
    renderers.put("add_months", (call, args) -> cast(infix("+", args.get(0), call("to_months", args.get(1))), "DATE"));
    renderers.put("last_day", (call, args) -> call("last_day", args.get(0)));
    renderers.put("make_date", (call, args) -> makeDate(args));
    renderers.put("lenient_make_date", (call, args) -> validMakeDate(args));
    renderers.put("next_day", (call, args) -> nextDay(args, true));
    renderers.put("lenient_next_day", (call, args) -> nextDay(args, false));
    renderers.put("trunc", (call, args) -> truncate(args.get(1), args.get(0), List.of(
        List.of("year", "YEAR", "YYYY", "YY"), List.of("quarter", "QUARTER"), List.of("month", "MONTH", "MM", "MON"),
        List.of("week", "WEEK")), "DATE"));
    renderers.put("date_trunc", (call, args) -> truncate(args.get(0), args.get(1), List.of(
        List.of("year", "YEAR", "YYYY", "YY"), List.of("quarter", "QUARTER"), List.of("month", "MONTH", "MM", "MON"),
        List.of("week", "WEEK"), List.of("day", "DAY", "DD"), List.of("hour", "HOUR"), List.of("minute", "MINUTE"),
        List.of("second", "SECOND"), List.of("millisecond", "MILLISECOND"),
        List.of("microsecond", "MICROSECOND")), "TIMESTAMPTZ"));
    renderers.put("months_between", (call, args) -> MonthsBetween.render(args));
    DatetimeFormatRenderers.register(renderers);
    DatetimeEpochRenderers.register(renderers);
    DatetimeFieldRenderers.register(renderers);
    TimeZoneRenderers.register(renderers);
    TimestampConstructorRenderers.register(renderers);
    TimeRenderers.register(renderers);
    DatetimeUnitRenderers.register(renderers);
    TimeBucketRenderer.register(renderers);
  }

  private static void field(Map<String, Renderer> renderers, String function, String duckDbFunction) {
    renderers.put(function, (call, args) -> cast(call(duckDbFunction, args.get(0)), "INTEGER"));
  }

  /**
   * ANSI make_date: an impossible date fails with java.time's message. The date is checked with
   * arithmetic, not DuckDB's {@code try()}, which refuses arguments that may raise an error (casts).
   */
  private static SqlExpression makeDate(List<SqlExpression> args) {
    SqlExpression date = validMakeDate(args);
    SqlExpression allPresent = infix("AND", isNotNull(args.get(0)), infix("AND", isNotNull(args.get(1)),
        isNotNull(args.get(2))));
    return when(infix("AND", dev.ember.sqlgen.tree.SqlOperator.postfix("IS NULL", date), allPresent),
        raise(RaisedError.INVALID_DATE, AtomicType.DATE, args.get(0), args.get(1), args.get(2)), date);
  }

  /** make_date without ANSI: NULL for a date that does not exist. */
  private static SqlExpression validMakeDate(List<SqlExpression> args) {
    SqlExpression year = cast(args.get(0), "BIGINT");
    SqlExpression month = cast(args.get(1), "BIGINT");
    SqlExpression day = cast(args.get(2), "BIGINT");
    return new SqlCase(List.of(new SqlCase.When(validDate(year, month, day), call("make_date", year, month, day))),
        null);
  }

  /** Whether the BIGINT fields name a date that exists (in the years DuckDB's dates hold). */
  static SqlExpression validDate(SqlExpression year, SqlExpression month, SqlExpression day) {
    SqlExpression leap = infix("OR", infix("AND", infix("=", infix("%", year, number(4)), number(0)),
        infix("<>", infix("%", year, number(100)), number(0))), infix("=", infix("%", year, number(400)), number(0)));
    SqlExpression monthDays = new SqlCase(List.of(
        new SqlCase.When(infix("=", month, number(2)), when(leap, number(29), number(28))),
        new SqlCase.When(call("list_contains", call("list_value", number(4), number(6), number(9), number(11)), month),
            number(30))), number(31));
    return infix("AND", infix("AND", infix(">=", year, number(-290307)), infix("<=", year, number(294247))),
        infix("AND", infix("AND", infix(">=", month, number(1)), infix("<=", month, number(12))),
            infix("AND", infix(">=", day, number(1)), infix("<=", day, monthDays))));
  }

  /**
   * The first date after {@code date} falling on the given day of the week (Spark's spellings); another day fails
   * when {@code failing} (ANSI), else reads as NULL.
   */
  private static SqlExpression nextDay(List<SqlExpression> args, boolean failing) {
    SqlExpression day = call("upper", call("trim", args.get(1)));
    List<SqlCase.When> whens = new ArrayList<>();
    for (int i = 0; i < DAYS_OF_WEEK.size(); i++) {
      whens.add(new SqlCase.When(call("list_contains", names(DAYS_OF_WEEK.get(i)), day), number(i + 1)));
    }
    SqlExpression target = new SqlCase(whens, null);
    SqlExpression offset = infix("+", infix("%", infix("+", infix("-", target, call("isodow", args.get(0))),
        number(6)), number(7)), number(1));
    if (!failing) {
      return infix("+", args.get(0), cast(offset, "INTEGER"));
    }
    // Spark's NextDay reads the day only of a date that is there
    return when(infix("AND", infix("AND", dev.ember.sqlgen.tree.SqlOperator.postfix("IS NULL", target),
        isNotNull(args.get(1))), isNotNull(args.get(0))),
        raise(RaisedError.ILLEGAL_DAY_OF_WEEK, AtomicType.DATE, args.get(1)),
        infix("+", args.get(0), cast(offset, "INTEGER")));
  }

  /** trunc / date_trunc: the unit by any of Spark's spellings (case-insensitive); NULL for others. */
  private static SqlExpression truncate(SqlExpression unit, SqlExpression value, List<List<String>> units,
      String resultType) {
    SqlExpression spelled = call("upper", unit);
    List<SqlCase.When> whens = new ArrayList<>();
    for (List<String> spellings : units) {
      whens.add(new SqlCase.When(call("list_contains", names(spellings.subList(1, spellings.size())), spelled),
          cast(call("date_trunc", text(spellings.get(0)), value), resultType)));
    }
    return new SqlCase(whens, null);
  }

  private static SqlExpression names(List<String> values) {
    return new SqlList(values.stream().map(DatetimeSql::text).map(SqlExpression.class::cast).toList());
  }
}
