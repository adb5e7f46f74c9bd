package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.failIfNull;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.isNotNull;
import static dev.ember.sqlgen.DatetimeSql.raise;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;
import static dev.ember.sqlgen.TimeCasts.bigint;
import static dev.ember.sqlgen.TimeCasts.fromMicros;
import static dev.ember.sqlgen.TimeCasts.micros;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.TimeType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The TIME functions as DuckDB SQL, on microseconds of the day. Values out of the day and unknown units raise
 * Spark's errors.
 */
final class TimeRenderers {
  /** time_trunc's and time_diff's units and their microseconds. */
  private static final Map<String, Long> UNITS = Map.of("HOUR", 3_600_000_000L, "MINUTE", 60_000_000L,
      "SECOND", 1_000_000L, "MILLISECOND", 1_000L, "MICROSECOND", 1L);
  private static final String RANGE = "Invalid TIME value: must be between 00:00:00 and 23:59:59.999999999, "
      + "but got ";

  private TimeRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("make_time", (call, args) -> makeTime(args));
    renderers.put("time_trunc", (call, args) -> {
      SqlExpression unit = unitMicros("time_trunc", args.get(0), call.dataType());
      SqlExpression value = micros(args.get(1));
      return fromMicros(infix("-", value, infix("%", value, unit)));
    });
    renderers.put("time_diff", (call, args) -> infix("//", infix("-", micros(args.get(2)), micros(args.get(1))),
        unitMicros("time_diff", args.get(0), AtomicType.LONG)));
    renderers.put("current_time", (call, args) -> TimeCasts.truncate(
        cast(cast(call("get_current_timestamp"), "TIMESTAMP"), "TIME"), ((TimeType) call.dataType()).precision()));
    renderers.put("time_from_seconds", (call, args) -> fromSeconds(call, args.get(0)));
    renderers.put("time_from_millis", (call, args) -> inDay(infix("*", args.get(0), bigint(1_000L)),
        infix("*", cast(args.get(0), "HUGEINT"), bigint(1_000_000L))));
    renderers.put("time_from_micros", (call, args) -> inDay(args.get(0),
        infix("*", cast(args.get(0), "HUGEINT"), bigint(1_000L))));
    renderers.put("time_to_seconds", (call, args) -> cast(infix("/", cast(micros(args.get(0)), "DECIMAL(18,6)"),
        bigint(1_000_000L)), "DECIMAL(14,6)"));
    renderers.put("time_to_millis", (call, args) -> infix("//", micros(args.get(0)), bigint(1_000L)));
    renderers.put("time_to_micros", (call, args) -> micros(args.get(0)));
    renderers.put("time_difference", (call, args) -> infix("-", micros(args.get(0)), micros(args.get(1))));
    renderers.put("time_add_interval", (call, args) -> addInterval(call, args));
    renderers.put("parse_time", (call, args) -> parse(call, args, true));
    renderers.put("try_parse_time", (call, args) -> parse(call, args, false));
  }

  /** Fields checked as java.time's LocalTime.of checks them (the seconds' whole part). */
  private static SqlExpression makeTime(List<SqlExpression> args) {
    SqlExpression hour = cast(args.get(0), "BIGINT");
    SqlExpression minute = cast(args.get(1), "BIGINT");
    SqlExpression wholeSeconds = cast(call("trunc", args.get(2)), "BIGINT");
    SqlExpression micros = infix("+", infix("+", infix("*", hour, bigint(3_600_000_000L)),
        infix("*", minute, bigint(60_000_000L))), cast(infix("*", args.get(2), bigint(1_000_000L)), "BIGINT"));
    List<SqlCase.When> whens = new ArrayList<>();
    whens.add(new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", hour),
        SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", minute), SqlOperator.postfix("IS NULL", args.get(2)))),
        new SqlLiteral(null, TimeType.DEFAULT)));
    whens.add(outOfRange(hour, 23, "HourOfDay"));
    whens.add(outOfRange(minute, 59, "MinuteOfHour"));
    whens.add(outOfRange(wholeSeconds, 59, "SecondOfMinute"));
    return new SqlCase(whens, fromMicros(micros));
  }

  private static SqlCase.When outOfRange(SqlExpression field, int max, String name) {
    return new SqlCase.When(infix("OR", infix("<", field, bigint(0)), infix(">", field, bigint(max))),
        raise(RaisedError.TIME_FIELD_OUT_OF_BOUNDS, TimeType.DEFAULT, infix("||",
            text("Invalid value for " + name + " (valid values 0 - " + max + "): "), cast(field, "VARCHAR"))));
  }

  /** The microseconds of a unit by any case of its name; NULL for NULL, Spark's error for another name. */
  private static SqlExpression unitMicros(String function, SqlExpression unit, DataType resultType) {
    List<SqlCase.When> whens = new ArrayList<>();
    SqlExpression upper = call("upper", unit);
    for (Map.Entry<String, Long> entry : UNITS.entrySet()) {
      whens.add(new SqlCase.When(infix("=", upper, text(entry.getKey())), bigint(entry.getValue())));
    }
    whens.add(new SqlCase.When(isNotNull(unit), cast(raise(RaisedError.TIME_UNIT, AtomicType.LONG,
        text(function), unit), "BIGINT")));
    return new SqlCase(whens, null);
  }

  /** Seconds (any number) as microseconds, the fraction past them cut. */
  private static SqlExpression fromSeconds(Call call, SqlExpression seconds) {
    DataType type = call.argument(0).dataType();
    boolean integral = type instanceof AtomicType atomic && atomic.integral();
    SqlExpression micros = integral ? infix("*", cast(seconds, "BIGINT"), bigint(1_000_000L))
        : cast(call("trunc", infix("*", cast(seconds, "DOUBLE".equals(DuckDbTypes.of(type)) ? "DOUBLE"
            : "DECIMAL(38,9)"), bigint(1_000_000L))), "HUGEINT");
    SqlExpression nanos = integral ? infix("*", cast(seconds, "HUGEINT"), bigint(1_000_000_000L))
        : cast(call("trunc", infix("*", cast(seconds, "DOUBLE".equals(DuckDbTypes.of(type)) ? "DOUBLE"
            : "DECIMAL(38,9)"), bigint(1_000_000_000L))), "HUGEINT");
    return inDay(micros, nanos);
  }

  /** The TIME of microseconds of the day; a count outside the day raises Spark's error, naming its nanoseconds. */
  private static SqlExpression inDay(SqlExpression micros, SqlExpression nanos) {
    return when(infix("OR", infix("<", micros, bigint(0)), infix(">=", micros, bigint(TimeCasts.MICROS_PER_DAY))),
        raise(RaisedError.TIME_FIELD_OUT_OF_BOUNDS, TimeType.DEFAULT,
            infix("||", infix("||", text(RANGE), cast(nanos, "VARCHAR")), text(" nanoseconds"))),
        fromMicros(micros));
  }

  /** A TIME plus an interval's microseconds; a result outside the day raises Spark's DATETIME_OVERFLOW. */
  private static SqlExpression addInterval(Call call, List<SqlExpression> args) {
    SqlExpression sum = infix("+", micros(args.get(0)), args.get(1));
    SqlExpression time = TimeCasts.truncate(fromMicros(sum), ((TimeType) call.dataType()).precision());
    SqlExpression operation = new dev.ember.sqlgen.tree.SqlCall("concat", List.of(text("add "),
        IntervalText.of(args.get(1), call.argument(1).dataType()), text(" to the time value TIME '"),
        cast(args.get(0), "VARCHAR"), text("'")), false);
    return when(infix("OR", infix("<", sum, bigint(0)), infix(">=", sum, bigint(TimeCasts.MICROS_PER_DAY))),
        raise(RaisedError.TIME_OVERFLOW, call.dataType(), operation), time);
  }

  /** to_time with a pattern (a literal, as Ember's other datetime patterns). */
  private static SqlExpression parse(Call call, List<SqlExpression> args, boolean ansi) {
    if (!(call.argument(1) instanceof Literal literal)) {
      throw dev.ember.plan.errors.SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"to_time\" of the class \"Ember\": the datetime pattern must be a literal.",
          Map.of("methodName", "to_time", "className", "Ember"));
    }
    if (literal.value() == null) {
      return new SqlLiteral(null, call.dataType());
    }
    String pattern = (String) literal.value();
    SqlExpression parsed = cast(DatetimeFormatRenderers.parseLocal(args.get(0), pattern), "TIME");
    return ansi ? failIfNull(parsed, args.get(0), raise(RaisedError.CANNOT_PARSE_TIME, call.dataType(), args.get(0),
        text(pattern))) : parsed;
  }
}
