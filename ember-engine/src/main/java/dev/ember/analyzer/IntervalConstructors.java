package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * make_dt_interval(days, hours, mins, secs), make_ym_interval(years, months) and (try_)make_interval(years,
 * months, weeks, days, hours, mins, secs): missing arguments are zero (and named so), integers are INT and
 * seconds DECIMAL(18,6), as Spark's implicit casts make them.
 */
final class IntervalConstructors {
  private static final DecimalType SECONDS = new DecimalType(18, 6);
  private static final Literal ZERO = Literal.of(0);
  private static final Literal ZERO_SECONDS = new Literal(BigDecimal.ZERO.setScale(6), SECONDS);

  private IntervalConstructors() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        constructor("make_dt_interval", "make_dt_interval", 4, DayTimeIntervalType.DEFAULT),
        constructor("make_ym_interval", "make_ym_interval", 2, YearMonthIntervalType.DEFAULT),
        constructor("make_interval", "make_interval", 7, AtomicType.CALENDAR_INTERVAL),
        constructor("try_make_interval", "try_make_interval", 7, AtomicType.CALENDAR_INTERVAL));
  }

  private static FunctionDefinition constructor(String name, String function, int arity, DataType type) {
    return new FunctionDefinition(name, 0, arity, false,
        (pretty, arguments, sql) -> bind(function, arity, type, arguments),
        (names, distinct) -> name + "(" + String.join(", ", withDefaultNames(names, arity)) + ")");
  }

  private static BoundExpression bind(String function, int arity, DataType type, List<BoundExpression> given) {
    List<BoundExpression> arguments = new ArrayList<>();
    boolean nullable = function.equals("try_make_interval");
    for (int i = 0; i < arity; i++) {
      boolean seconds = i == arity - 1 && arity != 2;
      BoundExpression argument = i < given.size() ? given.get(i) : seconds ? ZERO_SECONDS : ZERO;
      arguments.add(TypeCoercion.castTo(argument, seconds ? SECONDS : AtomicType.INTEGER));
      // Spark's implicit cast of a wider or textual argument may fail, which makes the result nullable
      DataType source = argument.dataType();
      nullable |= argument.nullable() || (seconds ? source == AtomicType.STRING || source == AtomicType.DOUBLE
          || source == AtomicType.FLOAT : !(source == AtomicType.INTEGER || source == AtomicType.SHORT
          || source == AtomicType.BYTE || source == AtomicType.NULL));
    }
    return new Call(function, arguments, type, nullable);
  }

  private static List<String> withDefaultNames(List<String> names, int arity) {
    List<String> all = new ArrayList<>(names);
    while (all.size() < arity) {
      all.add(all.size() == arity - 1 && arity != 2 ? "0.000000" : "0");
    }
    return all;
  }
}
