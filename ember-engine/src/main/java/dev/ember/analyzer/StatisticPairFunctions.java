package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/**
 * {@code df.stat().cov(a, b)} and {@code df.stat().corr(a, b)}: Spark's StatFunctions first require
 * both columns numeric (a failed {@code require}, not an analysis error), then compute
 * {@code covar_samp} / {@code corr} of the columns as doubles.
 */
final class StatisticPairFunctions {
  private StatisticPairFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(pair("stat_cov", "covar_samp", "covariance"), pair("stat_corr", "corr", "correlation"));
  }

  private static FunctionDefinition pair(String name, String function, String description) {
    return new FunctionDefinition(name, 2, 2, true, (pretty, arguments, sql) -> {
      for (BoundExpression argument : arguments) {
        if (!argument.dataType().isNumeric()) {
          throw EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, "requirement failed: Currently "
              + description + " calculation for columns with dataType " + argument.dataType().simpleString()
              + " not supported.");
        }
      }
      FunctionDefinition target = FunctionRegistry.lookup(function).orElseThrow();
      List<BoundExpression> doubles = arguments.stream()
          .<BoundExpression>map(argument -> new BoundCast(argument, AtomicType.DOUBLE, false)).toList();
      return target.binder().bind(function, doubles, sql);
    }, prefix(function));
  }
}
