package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;

/**
 * window(time, duration[, slide[, start]]): the window holding each time, a struct of start and end; a string time
 * is cast to a timestamp as Spark's implicit cast does. The bound call stands for one window per row; the operator
 * using it is planned by {@link TimeWindowPlanning} (rows whose time is NULL dropped, one row per overlapping window
 * when the slide is shorter than the duration). window_time(w) is a window's last microsecond.
 */
final class TimeWindows {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private TimeWindows() {
  }

  static FunctionDefinition definition() {
    return new FunctionDefinition("window", 2, 4, false, TimeWindows::bind, (names, distinct) -> "window");
  }

  /** window_time(window): the last microsecond of a window struct (its end minus one microsecond). */
  static FunctionDefinition windowTime() {
    return new FunctionDefinition("window_time", 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression window = arguments.get(0);
      if (!(window.dataType() instanceof StructType struct && struct.fields().size() == 2
          && struct.fields().get(1).name().equals("end"))) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), window.dataType(), "\"STRUCT\"");
      }
      return new Call("window_time", List.of(window), struct.fields().get(1).dataType(), true);
    }, FunctionDefinition.prefix("window_time"));
  }

  private static BoundExpression bind(String pretty, List<BoundExpression> arguments, List<String> sql) {
    long duration = micros(arguments.get(1));
    long slide = arguments.size() > 2 ? micros(arguments.get(2)) : duration;
    long start = arguments.size() > 3 ? micros(arguments.get(3)) : 0;
    String sqlExpr = "window(" + sql.get(0) + ", " + duration + ", " + slide + ", " + start + ")";
    BoundExpression time = timeColumn(sqlExpr, arguments.get(0), sql.get(0));
    DataType type = time.dataType();
    sqlExpr = "\"" + sqlExpr + "\"";
    if (duration <= 0 || slide <= 0) {
      String name = duration <= 0 ? "`window_duration`" : "`slide_duration`";
      String value = (duration <= 0 ? duration : slide) + "L";
      throw SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", sqlExpr,
          "The " + name + " must be between (0, 9223372036854775807] (current value = " + value + ").",
          Map.of("exprName", name, "valueRange", "(0, 9223372036854775807]", "currentValue", value));
    }
    if (slide > duration) {
      throw constraintViolation(sqlExpr, "`slide_duration`", slide, "<=", "`window_duration`", duration);
    }
    if (Math.abs(start) >= slide) {
      throw constraintViolation(sqlExpr, "`abs(start_time)`", Math.abs(start), "<", "`slide_duration`", slide);
    }
    StructType window = new StructType(List.of(new StructField("start", type, true), new StructField("end", type,
        true)));
    return new Call("time_window", List.of(time, Literal.of(duration), Literal.of(slide), Literal.of(start)), window,
        false);
  }

  private static RuntimeException constraintViolation(String sqlExpr, String left, long leftValue, String constraint,
      String right, long rightValue) {
    return SparkErrors.dataTypeMismatch("PARAMETER_CONSTRAINT_VIOLATION", sqlExpr,
        "The " + left + "(" + leftValue + "L) must be " + constraint + " the " + right + "(" + rightValue + "L).",
        Map.of("leftExprName", left, "leftExprValue", leftValue + "L", "constraint", constraint,
            "rightExprName", right, "rightExprValue", rightValue + "L"));
  }

  /**
   * The time of a window: a timestamp of either kind, or a string or date cast to a timestamp; {@code pretty} is
   * the window as Spark's type check names it.
   */
  static BoundExpression timeColumn(String pretty, BoundExpression time, String sql) {
    DataType type = time.dataType();
    if (type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ) {
      return time;
    }
    if (type == AtomicType.STRING || type == AtomicType.DATE || type == AtomicType.NULL) {
      return TypeCoercion.castTo(time, AtomicType.TIMESTAMP);
    }
    throw InputChecks.unexpectedType(pretty, 0, sql, type, "(\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\" or "
        + "\"STRUCT<start: TIMESTAMP, end: TIMESTAMP>\" or \"STRUCT<start: TIMESTAMP_NTZ, end: TIMESTAMP_NTZ>\")");
  }

  /** An interval string such as {@code 10 minutes} or {@code interval 1 hour 30 minutes}, in microseconds. */
  private static long micros(BoundExpression argument) {
    if (!(argument instanceof Literal literal && literal.value() instanceof String text)) {
      throw unsupported("window with a duration that is not a string literal");
    }
    CalendarInterval interval = IntervalStrings.parse(text).orElseThrow(() -> cannotParse(text));
    if (interval.months() > 0) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "_LEGACY_ERROR_TEMP_3231", null,
          "Intervals greater than a month is not supported (" + text + ").", Map.of("interval", text));
    }
    return Math.addExact(Math.multiplyExact(interval.days(), MICROS_PER_DAY), interval.microseconds());
  }

  static RuntimeException cannotParse(String text) {
    return new EmberException(ErrorKind.ANALYSIS, "CANNOT_PARSE_INTERVAL",
        "22006", "Unable to parse '" + text + "'. Please ensure that the value provided is in a valid format for "
            + "defining an interval. You can reference the documentation for the correct format. If the issue "
            + "persists, please double check that the input value is not null or empty and try again.",
        Map.of("intervalString", "'" + text + "'"));
  }

  private static RuntimeException unsupported(String what) {
    return SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"" + what + "\" of the class \"Ember\": it is not supported yet.",
        Map.of("methodName", what, "className", "Ember"));
  }
}
