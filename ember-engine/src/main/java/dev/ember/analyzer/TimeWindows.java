package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * window(time, duration[, slide[, start]]): the tumbling window holding each time, a struct of
 * start and end. Spark rewrites the operator using it so that rows whose time is NULL are dropped
 * first ({@link #withoutNullTimes}); window_time(w) is its last microsecond. Sliding windows (one row per
 * window) are not supported yet.
 */
final class TimeWindows {
  private static final Pattern PART = Pattern.compile("\\s*(-?\\d+)\\s*([a-z]+)\\s*");
  private static final Map<String, Long> MICROS_PER_UNIT = Map.ofEntries(
      Map.entry("week", 7 * 86_400_000_000L), Map.entry("day", 86_400_000_000L), Map.entry("hour", 3_600_000_000L),
      Map.entry("minute", 60_000_000L), Map.entry("second", 1_000_000L), Map.entry("millisecond", 1_000L),
      Map.entry("microsecond", 1L));

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
    BoundExpression time = arguments.get(0);
    DataType type = time.dataType();
    if (type != AtomicType.TIMESTAMP && type != AtomicType.TIMESTAMP_NTZ) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "(\"TIMESTAMP\" or \"TIMESTAMP_NTZ\")");
    }
    long duration = micros(arguments.get(1));
    long slide = arguments.size() > 2 ? micros(arguments.get(2)) : duration;
    long start = arguments.size() > 3 ? micros(arguments.get(3)) : 0;
    String sqlExpr = "\"window(" + sql.get(0) + ", " + duration + ", " + slide + ", " + start + ")\"";
    if (duration <= 0 || slide <= 0) {
      String name = duration <= 0 ? "`window_duration`" : "`slide_duration`";
      String value = (duration <= 0 ? duration : slide) + "L";
      throw SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", sqlExpr,
          "The " + name + " must be between (0, 9223372036854775807] (current value = " + value + ").",
          Map.of("exprName", name, "valueRange", "(0, 9223372036854775807]", "currentValue", value));
    }
    if (slide > duration) {
      throw SparkErrors.dataTypeMismatch("PARAMETER_CONSTRAINT_VIOLATION", sqlExpr,
          "The `slide_duration`(" + slide + "L) must be <= the `window_duration`(" + duration + "L).",
          Map.of("leftExprName", "`slide_duration`", "leftExprValue", slide + "L", "constraint", "<=",
              "rightExprName", "`window_duration`", "rightExprValue", duration + "L"));
    }
    if (slide != duration) {
      throw unsupported("window with a slide duration other than its window duration");
    }
    StructType window = new StructType(List.of(new StructField("start", type, true), new StructField("end", type,
        true)));
    return new Call("time_window", List.of(time, Literal.of(duration), Literal.of(start)), window, false);
  }

  /** An interval string such as {@code 10 minutes} or {@code interval 1 hour 30 minutes}, in microseconds. */
  private static long micros(BoundExpression argument) {
    if (!(argument instanceof Literal literal && literal.value() instanceof String text)) {
      throw unsupported("window with a duration that is not a string literal");
    }
    String interval = text.toLowerCase(Locale.ROOT).trim().replaceFirst("^interval\\s+", "");
    Matcher part = PART.matcher(interval);
    long total = 0;
    int end = 0;
    while (part.find() && part.start() == end) {
      String unit = part.group(2).replaceFirst("s$", "");
      Long scale = MICROS_PER_UNIT.get(unit);
      if (scale == null) {
        throw cannotParse(text);
      }
      total = Math.addExact(total, Math.multiplyExact(Long.parseLong(part.group(1)), scale));
      end = part.end();
    }
    if (end != interval.length() || end == 0) {
      throw cannotParse(text);
    }
    return total;
  }

  /** The input without the rows whose window time is NULL, when an expression holds window(). */
  static Scope withoutNullTimes(Analyzer analyzer, Scope input, List<Expression> expressions) {
    Optional<UnresolvedFunction> window = expressions.stream().map(TimeWindows::find).flatMap(Optional::stream)
        .findFirst();
    if (window.isEmpty()) {
      return input;
    }
    BoundExpression time = analyzer.expressions(input, false).resolve(window.get().arguments().get(0)).expression();
    return input.withPlan(new Selection(input.plan(), new Call("is_not_null", List.of(time), AtomicType.BOOLEAN,
        false)));
  }

  private static Optional<UnresolvedFunction> find(Expression expression) {
    if (expression instanceof UnresolvedFunction function) {
      return function.name().equalsIgnoreCase("window") && !function.arguments().isEmpty() ? Optional.of(function)
          : function.arguments().stream().map(TimeWindows::find).flatMap(Optional::stream).findFirst();
    }
    if (expression instanceof Alias alias) {
      return find(alias.child());
    }
    if (expression instanceof ExtractValue extract) {
      return find(extract.child());
    }
    if (expression instanceof Cast cast) {
      return find(cast.child());
    }
    return Optional.empty();
  }

  private static RuntimeException cannotParse(String text) {
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS, "CANNOT_PARSE_INTERVAL",
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
