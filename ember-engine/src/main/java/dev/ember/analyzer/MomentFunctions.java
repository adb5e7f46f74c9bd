package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.engine.moments.MomentFunction;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spark's aggregates over central moments and co-moments (stddev, variance, skewness, kurtosis,
 * corr, covariance, regr_*). Their inputs are doubles; the last argument of the resolved call is
 * the evaluation options ({@link MomentFunction}'s bits: ANSI division, NULL rather than NaN for one
 * row), which {@link LenientArithmetic} relaxes when ANSI is off. regr_count and regr_avgx/y are
 * Spark's count and avg of the complete pairs.
 */
final class MomentFunctions {
  /** Resolved call names, each Spark's canonical name of the aggregate. */
  static final Set<String> STATISTICS = MomentFunction.STATISTICS;

  private MomentFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        single("stddev", "stddev_samp"),
        single("std", "stddev_samp"),
        single("stddev_samp", "stddev_samp"),
        single("stddev_pop", "stddev_pop"),
        single("variance", "var_samp"),
        single("var_samp", "var_samp"),
        single("var_pop", "var_pop"),
        single("skewness", "skewness"),
        single("kurtosis", "kurtosis"),
        pair("corr"),
        pair("covar_pop"),
        pair("covar_samp"),
        pair("regr_sxx"),
        pair("regr_syy"),
        pair("regr_sxy"),
        pair("regr_slope"),
        pair("regr_intercept"),
        pair("regr_r2"),
        new FunctionDefinition("regr_count", 2, 2, true,
            (pretty, arguments, sql) -> new Call("count", numericPair(pretty, arguments), AtomicType.LONG, false),
            prefix("regr_count")),
        average("regr_avgx", 1),
        average("regr_avgy", 0));
  }

  /** The resolved call of a statistic over doubles, evaluated with ANSI division. */
  static Call statistic(String function, List<BoundExpression> doubles) {
    List<BoundExpression> arguments = new ArrayList<>(doubles);
    arguments.add(Literal.of(MomentFunction.ANSI | MomentFunction.NULL_ON_DIVIDE_BY_ZERO));
    return new Call(function, arguments, AtomicType.DOUBLE, true);
  }

  /** The same statistic with a zero divisor giving NULL (spark.sql.ansi.enabled=false). */
  static Call withoutAnsi(Call statistic) {
    List<BoundExpression> arguments = new ArrayList<>(statistic.arguments());
    int last = arguments.size() - 1;
    int options = ((Number) ((Literal) arguments.get(last)).value()).intValue();
    arguments.set(last, Literal.of(options & ~MomentFunction.ANSI));
    return new Call(statistic.function(), arguments, statistic.dataType(), statistic.nullable());
  }

  private static FunctionDefinition single(String name, String function) {
    return new FunctionDefinition(name, 1, 1, true,
        (pretty, arguments, sql) -> statistic(function, List.of(asDouble(pretty, arguments.get(0)))), prefix(name));
  }

  private static FunctionDefinition pair(String name) {
    return new FunctionDefinition(name, 2, 2, true,
        (pretty, arguments, sql) -> statistic(name, List.of(
            TypeCoercion.castTo(AggregateFunctions.requireNumeric(pretty, arguments.get(0)), AtomicType.DOUBLE),
            TypeCoercion.castTo(AggregateFunctions.requireNumeric(pretty, arguments.get(1)), AtomicType.DOUBLE))),
        prefix(name));
  }

  /** A one-argument statistic's input: a number or a string read as a double (ANSI implicit cast). */
  private static BoundExpression asDouble(String pretty, BoundExpression argument) {
    BoundExpression number = argument.dataType() == AtomicType.STRING ? argument
        : AggregateFunctions.requireNumeric(pretty, argument);
    return TypeCoercion.castTo(number, AtomicType.DOUBLE);
  }

  /** regr_avgx(y, x) / regr_avgy(y, x): Spark's avg of one argument where both are non-null. */
  private static FunctionDefinition average(String name, int averaged) {
    return new FunctionDefinition(name, 2, 2, true,
        (pretty, arguments, sql) -> {
          List<BoundExpression> pair = numericPair(pretty, arguments);
          BoundExpression value = pair.get(averaged);
          BoundExpression complete = new Call("and", List.of(
              new Call("is_not_null", List.of(pair.get(0)), AtomicType.BOOLEAN, false),
              new Call("is_not_null", List.of(pair.get(1)), AtomicType.BOOLEAN, false)), AtomicType.BOOLEAN, false);
          BoundExpression input = new Call("case_when", List.of(complete, value), value.dataType(), true);
          return new Call("avg", List.of(input), AggregateFunctions.averageType(value.dataType()), true);
        },
        prefix(name));
  }

  private static List<BoundExpression> numericPair(String pretty, List<BoundExpression> arguments) {
    return List.of(AggregateFunctions.requireNumeric(pretty, arguments.get(0)),
        AggregateFunctions.requireNumeric(pretty, arguments.get(1)));
  }
}
