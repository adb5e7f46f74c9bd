package dev.ember.connect;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.NaFunction;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/** {@code df.stat()} operations, written with the plan's ordinary aggregation and pivot. */
final class StatisticsTranslator {
  private StatisticsTranslator() {
  }

  /** One row: for each column, its quantiles as doubles (exact at Spark's default accuracy). */
  static LogicalPlan approxQuantile(LogicalPlan input, org.apache.spark.connect.proto.StatApproxQuantile quantile) {
    List<Expression> perColumn = quantile.getColsList().stream()
        .<Expression>map(column -> new UnresolvedFunction("array", quantile.getProbabilitiesList().stream()
            .<Expression>map(probability -> UnresolvedFunction.of("percentile_approx",
                new Cast(UnresolvedAttribute.of(column), AtomicType.DOUBLE, false),
                new Literal(probability, AtomicType.DOUBLE)))
            .toList(), false))
        .toList();
    return new Aggregate(input, List.of(),
        List.of(new Alias(new UnresolvedFunction("array", perColumn, false), "approx_quantile")));
  }

  /** {@code crosstab(a, b)}: a row per value of a, a column of counts per value of b (0 where none). */
  static LogicalPlan crosstab(LogicalPlan input, String first, String second) {
    Expression rowKey = new Alias(new Cast(UnresolvedAttribute.of(first), AtomicType.STRING, false),
        first + "_" + second);
    PivotAggregate counts = new PivotAggregate(input, List.of(rowKey),
        new Cast(UnresolvedAttribute.of(second), AtomicType.STRING, false), List.of(),
        List.of(UnresolvedFunction.of("count", Literal.of(1))));
    return new NaFunction.Fill(counts, List.of(), List.of(Literal.of(0L)));
  }
}
