package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.TimeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark 4.2's functions of the TIME type: to_time / try_to_time, make_time, time_trunc, time_diff,
 * current_time, and the conversions between a TIME and counts of the day (time_from_seconds, time_to_micros, ...).
 * As in Spark (static invocations), their results are nullable whatever their inputs.
 */
final class TimeFunctions {
  /** make_time's seconds: Spark casts them to DECIMAL(16, 6). */
  private static final DecimalType SECONDS = new DecimalType(16, 6);

  private TimeFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("to_time", 1, 2, false, (pretty, arguments, sql) -> toTime(pretty, arguments, sql, false),
            prefix("to_time")),
        new FunctionDefinition("try_to_time", 1, 2, false,
            (pretty, arguments, sql) -> toTime(toTimeName(sql), arguments, sql, true),
            (names, distinct) -> "try_to_time(" + prefix("to_time").name(names, distinct) + ")"),
        new FunctionDefinition("make_time", 3, 3, false, TimeFunctions::makeTime, prefix("make_time")),
        new FunctionDefinition("time_trunc", 2, 2, false, (pretty, arguments, sql) -> {
          BoundExpression unit = unit(pretty, arguments, sql);
          BoundExpression time = time(pretty, arguments, sql, 1);
          return new Call("time_trunc", List.of(unit, time), time.dataType(), true);
        }, prefix("time_trunc")),
        new FunctionDefinition("time_diff", 3, 3, false, (pretty, arguments, sql) -> new Call("time_diff",
            List.of(unit(pretty, arguments, sql), time(pretty, arguments, sql, 1), time(pretty, arguments, sql, 2)),
            AtomicType.LONG, true), prefix("time_diff")),
        new FunctionDefinition("current_time", 0, 1, false, TimeFunctions::currentTime,
            (names, distinct) -> "current_time(" + (names.isEmpty() ? "6" : names.get(0)) + ")"),
        fromCount("time_from_seconds", null),
        fromCount("time_from_millis", AtomicType.LONG),
        fromCount("time_from_micros", AtomicType.LONG),
        toCount("time_to_seconds", new DecimalType(14, 6)),
        toCount("time_to_millis", AtomicType.LONG),
        toCount("time_to_micros", AtomicType.LONG));
  }

  /** try_to_time's checks name the to_time call it stands for. */
  private static String toTimeName(List<String> sql) {
    return "to_time(" + String.join(", ", sql) + ")";
  }

  private static BoundExpression toTime(String pretty, List<BoundExpression> arguments, List<String> sql,
      boolean tolerant) {
    List<BoundExpression> inputs = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      DataType type = arguments.get(i).dataType();
      if (type != AtomicType.STRING && type != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, i, sql.get(i), type, "\"STRING\"");
      }
      inputs.add(TypeCoercion.castTo(arguments.get(i), AtomicType.STRING));
    }
    if (inputs.size() == 1) {
      return new BoundCast(inputs.get(0), TimeType.DEFAULT, tolerant);
    }
    return new Call(tolerant ? "try_parse_time" : "parse_time", inputs, TimeType.DEFAULT, true);
  }

  private static BoundExpression makeTime(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> fields = List.of(InputChecks.integer(pretty, arguments, sql, 0),
        InputChecks.integer(pretty, arguments, sql, 1), seconds(pretty, arguments, sql, 2));
    return new Call("make_time", fields, TimeType.DEFAULT, true);
  }

  private static BoundExpression seconds(String pretty, List<BoundExpression> arguments, List<String> sql,
      int index) {
    DataType type = arguments.get(index).dataType();
    if (!(type.isNumeric() || type == AtomicType.NULL || type == AtomicType.STRING)) {
      throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"DECIMAL(16,6)\"");
    }
    return TypeCoercion.castTo(arguments.get(index), SECONDS);
  }

  /** The unit of time_trunc and time_diff: any string, read when the query runs. */
  private static BoundExpression unit(String pretty, List<BoundExpression> arguments, List<String> sql) {
    return InputChecks.string(pretty, arguments, sql, 0);
  }

  /** A TIME argument (NULL taken as one); strings are not read as times. */
  static BoundExpression time(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    if (argument.dataType() instanceof TimeType) {
      return argument;
    }
    if (argument.dataType() == AtomicType.NULL) {
      return TypeCoercion.castTo(argument, TimeType.DEFAULT);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), argument.dataType(), "\"TIME\"");
  }

  private static BoundExpression currentTime(String pretty, List<BoundExpression> arguments, List<String> sql) {
    int precision = TimeType.MAX_PRECISION;
    if (!arguments.isEmpty()) {
      if (!(arguments.get(0) instanceof dev.ember.plan.expressions.Literal literal
          && literal.value() instanceof Integer value)) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(), "\"INT\"");
      }
      precision = value;
      if (precision < TimeType.MIN_PRECISION || precision > TimeType.MAX_PRECISION) {
        throw dev.ember.plan.errors.SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", "\"" + pretty + "\"",
            "The `precision` must be between [0, 6] (current value = " + precision + ").",
            java.util.Map.of("exprName", "`precision`", "valueRange", "[0, 6]", "currentValue", sql.get(0)));
      }
    }
    return new Call("current_time", List.of(), new TimeType(precision), false);
  }

  /** time_from_seconds (any number), time_from_millis and time_from_micros (integral counts). */
  private static FunctionDefinition fromCount(String name, AtomicType integral) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression count = arguments.get(0);
      DataType type = count.dataType();
      boolean accepted = integral == null ? type.isNumeric() || type == AtomicType.NULL
          : type == AtomicType.NULL || type instanceof AtomicType atomic && atomic.integral();
      if (!accepted) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, integral == null ? "\"NUMERIC\"" : "\"INTEGRAL\"");
      }
      BoundExpression value = TypeCoercion.castTo(count, integral == null
          ? (type == AtomicType.NULL ? AtomicType.LONG : type) : AtomicType.LONG);
      return new Call(name, List.of(value), TimeType.DEFAULT, true);
    }, prefix(name));
  }

  private static FunctionDefinition toCount(String name, DataType result) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression time = time(pretty, arguments, sql, 0);
      return new Call(name, List.of(time), result, true);
    }, prefix(name));
  }
}
