package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import java.util.Map;
import java.util.Set;

/**
 * {@code f(DISTINCT x)}: an aggregate over the distinct values of its input. The resolved call
 * becomes its {@code _distinct} variant, which the SQL generator renders with DISTINCT; aggregates
 * that duplicates cannot change stay as they are. DISTINCT is never dropped: a function that is
 * not an aggregate fails as in Spark.
 */
final class Distinctness {
  /** Aggregates whose result does not depend on duplicates. */
  private static final Set<String> DUPLICATE_INSENSITIVE = Set.of("min", "max", "first", "last", "first_ignore_nulls",
      "last_ignore_nulls", "collect_set", "approx_count_distinct", "count_distinct", "sum_distinct", "avg_distinct",
      "bool_and", "bool_or", "bit_and", "bit_or", "max_by", "min_by");

  /** Aggregates with a variant over distinct input, by name. */
  private static final Set<String> WITH_DISTINCT_VARIANT = Set.of("count", "sum", "avg", "collect_list", "stddev_samp",
      "stddev_pop", "var_samp", "var_pop", "skewness", "kurtosis", "corr", "covar_pop", "covar_samp", "regr_sxx",
      "regr_syy", "regr_sxy", "regr_slope", "regr_intercept", "regr_r2", "percentile_approx", "listagg", "bit_xor");

  private Distinctness() {
  }

  /** Spark's error for DISTINCT on a function that does not aggregate ({@code upper(DISTINCT x)}). */
  static EmberException notAnAggregate(String functionName) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX", "42000",
        "Invalid SQL syntax: The function `" + functionName + "` does not support DISTINCT.",
        Map.of("prettyName", "`" + functionName + "`", "syntax", "DISTINCT"));
  }

  static BoundExpression markDistinct(BoundExpression aggregate) {
    if (aggregate instanceof Call call) {
      if (WITH_DISTINCT_VARIANT.contains(call.function())) {
        return new Call(distinctVariant(call.function()), call.arguments(), call.dataType(), call.nullable());
      }
      if (DUPLICATE_INSENSITIVE.contains(call.function())) {
        return call;
      }
      if (DistributionFunctions.AGGREGATES.contains(call.function()) && call.function().startsWith("mode")) {
        throw WithinGroupAggregates.distinctUnsupported("mode");
      }
    }
    String name = aggregate instanceof Call call ? call.function() : aggregate.toString();
    throw SparkErrors.unsupportedCall(name + "(DISTINCT ...)", "SQL", "Ember does not support it yet.");
  }

  static String distinctVariant(String function) {
    return function + "_distinct";
  }

  /** Whether a resolved call is the DISTINCT variant of an aggregate. */
  static boolean isDistinctVariant(String callName) {
    return callName.endsWith("_distinct") && WITH_DISTINCT_VARIANT.contains(
        callName.substring(0, callName.length() - "_distinct".length()));
  }
}
