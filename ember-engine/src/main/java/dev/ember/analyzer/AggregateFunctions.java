package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Set;

/** Aggregate functions with Spark's result types, nullability and output names. */
final class AggregateFunctions {
  /** Resolved call names that aggregate (for MISSING_AGGREGATION checks). */
  private static final Set<String> AGGREGATES = Set.of("count", "count_distinct", "sum", "sum_distinct", "avg",
      "min", "max", "first", "last", "first_ignore_nulls", "last_ignore_nulls", "collect_list", "collect_set",
      "approx_count_distinct", "percentile_approx", "avg_distinct", "bloom_filter_agg", "count_min_sketch",
      "interval_sum", "interval_avg", UserFunctionCalls.GROUP_ROWS, UserFunctionCalls.GROUP_DISTINCT_ROWS);

  private AggregateFunctions() {
  }

  static boolean isAggregate(String callName) {
    return AGGREGATES.contains(callName) || MomentFunctions.STATISTICS.contains(callName)
        || PercentileFunctions.AGGREGATES.contains(callName) || DistributionFunctions.AGGREGATES.contains(callName)
        || TryAggregateFunctions.AGGREGATES.contains(callName) || ListAggFunctions.AGGREGATES.contains(callName)
        || BitmapFunctions.AGGREGATES.contains(callName) || VectorAggregates.AGGREGATES.contains(callName)
        || DataSketchesFunctions.AGGREGATES.contains(callName)
        || TupleSketchFunctions.AGGREGATES.contains(callName) || KllSketchFunctions.AGGREGATES.contains(callName)
        || ApproxTopKFunction.AGGREGATES.contains(callName)
        || PredicateAggregateFunctions.AGGREGATES.contains(callName) || VariantCalls.AGGREGATES.contains(callName)
        || Distinctness.isDistinctVariant(callName);
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("count", 1, FunctionDefinition.VARIADIC, true,
            (pretty, arguments, sql) -> new Call("count", arguments, AtomicType.LONG, false), prefix("count")),
        new FunctionDefinition("sum", 1, 1, true,
            (pretty, arguments, sql) -> numeric("sum", pretty, arguments.get(0), AggregateFunctions::sumType), prefix("sum")),
        average("avg"),
        average("mean"),
        sameType("min"),
        sameType("max"),
        firstOrLast("first", "first"),
        firstOrLast("last", "last"),
        firstOrLast("first_value", "first"),
        firstOrLast("last_value", "last"),
        firstOrLast("any_value", "first"),
        collection("collect_list", "collect_list"),
        collection("collect_set", "collect_set"),
        collection("array_agg", "collect_list"),
        new FunctionDefinition("approx_count_distinct", 1, 2, true,
            (pretty, arguments, sql) -> new Call("approx_count_distinct", arguments.subList(0, 1), AtomicType.LONG, false),
            prefix("approx_count_distinct")),
        new FunctionDefinition("grouping", 1, 1, true,
            (pretty, arguments, sql) -> new Call("grouping", arguments, AtomicType.BYTE, false), prefix("grouping")),
        new FunctionDefinition("grouping_id", 0, FunctionDefinition.VARIADIC, true,
            (pretty, arguments, sql) -> new Call("grouping_id", arguments, AtomicType.LONG, false), prefix("grouping_id")));
  }

  private static FunctionDefinition average(String name) {
    return new FunctionDefinition(name, 1, 1, true,
        (pretty, arguments, sql) -> numeric("avg", pretty, arguments.get(0), AggregateFunctions::averageType),
        prefix(name));
  }

  private static FunctionDefinition sameType(String name) {
    return new FunctionDefinition(name, 1, 1, true,
        (pretty, arguments, sql) -> new Call(name, arguments, arguments.get(0).dataType(), true), prefix(name));
  }

  /** first(x[, ignoreNulls]) (alias first_value), last (last_value): the flag is not part of the name. */
  private static FunctionDefinition firstOrLast(String name, String function) {
    return new FunctionDefinition(name, 1, 2, true,
        (pretty, arguments, sql) -> {
          boolean ignoreNulls = arguments.size() == 2 && arguments.get(1) instanceof Literal flag
              && Boolean.TRUE.equals(flag.value());
          return new Call(ignoreNulls ? function + "_ignore_nulls" : function, arguments.subList(0, 1),
              arguments.get(0).dataType(), true);
        },
        (names, distinct) -> name + "(" + (distinct ? "DISTINCT " : "") + names.get(0) + ")");
  }

  /** collect_list / collect_set (array_agg is collect_list, by name too): nulls are skipped; never NULL itself. */
  private static FunctionDefinition collection(String name, String function) {
    return new FunctionDefinition(name, 1, 1, true,
        (pretty, arguments, sql) -> new Call(function, arguments, new ArrayType(arguments.get(0).dataType(), false), false),
        prefix(function));
  }

  /**
   * A numeric aggregate; a string or timestamp argument is read as a double (ANSI implicit casts to an expected
   * NUMERIC: a timestamp's seconds since the epoch).
   */
  private static BoundExpression numeric(String function, String pretty, BoundExpression argument,
      java.util.function.Function<DataType, DataType> resultType) {
    if (argument.dataType().isAnsiInterval()) {
      return new Call("interval_" + function, List.of(argument), argument.dataType(), true);
    }
    BoundExpression input = argument.dataType() == AtomicType.STRING || argument.dataType() == AtomicType.TIMESTAMP
        ? TypeCoercion.castTo(argument, AtomicType.DOUBLE) : requireNumeric(pretty, argument);
    return new Call(function, List.of(input), resultType.apply(input.dataType()), true);
  }

  static BoundExpression requireNumeric(String pretty, BoundExpression argument) {
    if (!argument.dataType().isNumeric() && argument.dataType() != AtomicType.NULL) {
      throw ArithmeticFunctions.unexpectedInputType(pretty, argument.dataType(), "\"NUMERIC\" or \"ANSI INTERVAL\"");
    }
    return argument;
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
