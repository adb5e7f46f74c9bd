package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;

/** Aggregate functions with Spark's result types. */
final class AggregateFunctions {
  private AggregateFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("count", 1, FunctionDefinition.VARIADIC, true,
            (pretty, arguments, sql) -> new Call("count", arguments, AtomicType.LONG, false), prefix("count")),
        new FunctionDefinition("sum", 1, 1, true,
            (pretty, arguments, sql) -> numericAggregate("sum", pretty, arguments.get(0), sumType(arguments.get(0).dataType())),
            prefix("sum")),
        new FunctionDefinition("avg", 1, 1, true,
            (pretty, arguments, sql) -> numericAggregate("avg", pretty, arguments.get(0), averageType(arguments.get(0).dataType())),
            prefix("avg")),
        new FunctionDefinition("mean", 1, 1, true,
            (pretty, arguments, sql) -> numericAggregate("avg", pretty, arguments.get(0), averageType(arguments.get(0).dataType())),
            prefix("avg")),
        new FunctionDefinition("min", 1, 1, true,
            (pretty, arguments, sql) -> new Call("min", arguments, arguments.get(0).dataType(), true), prefix("min")),
        new FunctionDefinition("max", 1, 1, true,
            (pretty, arguments, sql) -> new Call("max", arguments, arguments.get(0).dataType(), true), prefix("max")));
  }

  private static BoundExpression numericAggregate(String function, String pretty, BoundExpression argument,
      DataType resultType) {
    if (!argument.dataType().isNumeric() && argument.dataType() != AtomicType.NULL) {
      throw ArithmeticFunctions.unexpectedInputType(pretty, argument.dataType(), "\"NUMERIC\" or \"ANSI INTERVAL\"");
    }
    return new Call(function, List.of(argument), resultType, true);
  }

  static DataType sumType(DataType input) {
    if (input instanceof DecimalType decimal) {
      return DecimalType.bounded(decimal.precision() + 10, decimal.scale());
    }
    if (input instanceof AtomicType atomic && atomic.integral()) {
      return AtomicType.LONG;
    }
    return AtomicType.DOUBLE;
  }

  static DataType averageType(DataType input) {
    if (input instanceof DecimalType decimal) {
      return DecimalType.bounded(decimal.precision() + 4, decimal.scale() + 4);
    }
    return AtomicType.DOUBLE;
  }
}
