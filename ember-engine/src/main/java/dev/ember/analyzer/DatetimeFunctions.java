package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** Date and timestamp functions without patterns: current time, fields, arithmetic, truncation. */
final class DatetimeFunctions {
  private DatetimeFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    List<FunctionDefinition> functions = new ArrayList<>(List.of(
        constant("current_date", AtomicType.DATE),
        constant("current_timestamp", AtomicType.TIMESTAMP),
        constant("now", AtomicType.TIMESTAMP)));
    for (String field : List.of("year", "month", "dayofmonth", "day", "dayofweek", "dayofyear", "quarter",
        "weekofyear")) {
      functions.add(dateField(field));
    }
    for (String field : List.of("hour", "minute", "second")) {
      functions.add(timeField(field));
    }
    functions.addAll(List.of(
        new FunctionDefinition("datediff", 2, 2, false, (pretty, arguments, sql) -> {
          List<BoundExpression> dates = List.of(DatetimeInputs.date(pretty, arguments, sql, 0),
              DatetimeInputs.date(pretty, arguments, sql, 1));
          return new Call("datediff", dates, AtomicType.INTEGER, DatetimeInputs.anyNullable(dates));
        }, prefix("datediff")),
        dayArithmetic("date_add"),
        dayArithmetic("date_sub"),
        dayArithmetic("add_months"),
        new FunctionDefinition("last_day", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression date = DatetimeInputs.date(pretty, arguments, sql, 0);
          return new Call("last_day", List.of(date), AtomicType.DATE, date.nullable());
        }, prefix("last_day")),
        new FunctionDefinition("make_date", 3, 3, false, (pretty, arguments, sql) -> {
          List<BoundExpression> parts = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            parts.add(InputChecks.integer(pretty, arguments, sql, i));
          }
          return new Call("make_date", parts, AtomicType.DATE, DatetimeInputs.anyNullable(parts));
        }, prefix("make_date")),
        new FunctionDefinition("next_day", 2, 2, false, (pretty, arguments, sql) -> new Call("next_day",
            List.of(DatetimeInputs.date(pretty, arguments, sql, 0), InputChecks.string(pretty, arguments, sql, 1)),
            AtomicType.DATE, true), prefix("next_day")),
        new FunctionDefinition("months_between", 2, 3, false, DatetimeFunctions::monthsBetween,
            DatetimeFunctions::monthsBetweenName),
        new FunctionDefinition("trunc", 2, 2, false, (pretty, arguments, sql) -> new Call("trunc",
            List.of(DatetimeInputs.date(pretty, arguments, sql, 0), InputChecks.string(pretty, arguments, sql, 1)),
            AtomicType.DATE, true), prefix("trunc")),
        new FunctionDefinition("date_trunc", 2, 2, false, (pretty, arguments, sql) -> new Call("date_trunc",
            List.of(InputChecks.string(pretty, arguments, sql, 0),
                DatetimeInputs.timestamp(pretty, arguments, sql, 1, false)),
            AtomicType.TIMESTAMP, true), prefix("date_trunc"))));
    functions.addAll(DatetimeFormatFunctions.definitions());
    return functions;
  }

  private static FunctionDefinition constant(String name, DataType type) {
    return new FunctionDefinition(name, 0, 0, false,
        (pretty, arguments, sql) -> new Call(name, List.of(), type, false), prefix(name));
  }

  private static FunctionDefinition dateField(String name) {
    String canonical = name.equals("day") ? "dayofmonth" : name;
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression date = DatetimeInputs.date(pretty, arguments, sql, 0);
      return new Call(canonical, List.of(date), AtomicType.INTEGER, date.nullable());
    }, prefix(name));
  }

  private static FunctionDefinition timeField(String name) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      // a TIME's field is read as it is; anything else as a timestamp
      if (arguments.get(0).dataType() instanceof dev.ember.plan.types.TimeType) {
        // Spark's fields of a TIME are always nullable
        return new Call(name, arguments, AtomicType.INTEGER, true);
      }
      BoundExpression time = DatetimeInputs.timestamp(pretty, arguments, sql, 0, true);
      return new Call(name, List.of(time), AtomicType.INTEGER, time.nullable());
    }, prefix(name));
  }

  /** date_add / date_sub (days) and add_months: a date and an int count. */
  private static FunctionDefinition dayArithmetic(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      boolean legacyText = !TypeCoercion.ansi() && !name.equals("add_months");
      List<BoundExpression> inputs = List.of(DatetimeInputs.date(pretty, arguments, sql, 0), legacyText
          ? DatetimeInputs.legacyDays(name, pretty, arguments, sql, 1) : DatetimeInputs.days(pretty, arguments, sql, 1));
      return new Call(name, inputs, AtomicType.DATE, DatetimeInputs.anyNullable(inputs));
    }, prefix(name));
  }

  private static BoundExpression monthsBetween(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> inputs = new ArrayList<>(List.of(DatetimeInputs.timestamp(pretty, arguments, sql, 0, false),
        DatetimeInputs.timestamp(pretty, arguments, sql, 1, false)));
    inputs.add(arguments.size() > 2 ? TypeCoercion.castTo(arguments.get(2), AtomicType.BOOLEAN)
        : dev.ember.plan.expressions.Literal.of(true));
    return new Call("months_between", inputs, AtomicType.DOUBLE, DatetimeInputs.anyNullable(inputs));
  }

  /** Spark names months_between with its roundOff argument, even when the caller left it out. */
  private static String monthsBetweenName(List<String> names, boolean distinct) {
    List<String> all = new ArrayList<>(names);
    if (all.size() == 2) {
      all.add("true");
    }
    return "months_between(" + String.join(", ", all) + ")";
  }
}
