package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code try_sum} and {@code try_avg}: sum and avg with Spark's result types whose overflow gives NULL
 * instead of an error (a long sum beyond 64 bits, a decimal beyond its result precision, an interval beyond
 * its months or microseconds); an interval's sum and average are intervals of its type.
 */
final class TryAggregateFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("try_sum", "try_avg");

  private TryAggregateFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(definition("try_sum", AggregateFunctions::sumType),
        definition("try_avg", AggregateFunctions::averageType));
  }

  private static FunctionDefinition definition(String name, Function<DataType, DataType> resultType) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> {
      BoundExpression argument = arguments.get(0);
      DataType type = argument.dataType();
      if (type.isAnsiInterval()) {
        // Spark's try_avg of an interval is an interval of its family's widest fields (year to month, day to second)
        DataType result = !name.equals("try_avg") ? type
            : type instanceof dev.ember.plan.types.YearMonthIntervalType
            ? dev.ember.plan.types.YearMonthIntervalType.DEFAULT : dev.ember.plan.types.DayTimeIntervalType.DEFAULT;
        return new Call(name, List.of(argument), result, true);
      }
      if (!type.isNumeric() && type != AtomicType.STRING && type != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"NUMERIC\" or \"ANSI INTERVAL\"");
      }
      BoundExpression input = type.isNumeric() ? argument : TypeCoercion.castTo(argument, AtomicType.DOUBLE);
      return new Call(name, List.of(input), resultType.apply(input.dataType()), true);
    }, prefix(name));
  }
}
