package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One top-down rewrite of a resolved plan and the plans of its subquery expressions: where {@code rule} gives a
 * replacement the part is replaced (and not entered); the other operators are rebuilt over their rewritten inputs.
 * Operators it does not know (recursive queries, user code) are left as they are, with what is below them.
 */
final class PlanRewrites {
  private PlanRewrites() {
  }

  static ResolvedPlan transformDown(ResolvedPlan plan, Function<ResolvedPlan, Optional<ResolvedPlan>> rule) {
    Optional<ResolvedPlan> replaced = rule.apply(plan);
    if (replaced.isPresent()) {
      return replaced.get();
    }
    Function<ResolvedPlan, ResolvedPlan> down = child -> transformDown(child, rule);
    Function<BoundExpression, BoundExpression> inside = expression -> subqueryPlans(expression, down::apply);
    if (plan instanceof Projection projection) {
      return new Projection(down.apply(projection.input()), projection.columns().stream()
          .map(column -> new NamedExpression(inside.apply(column.expression()), column.attribute())).toList());
    }
    if (plan instanceof Selection selection) {
      return new Selection(down.apply(selection.input()), inside.apply(selection.condition()));
    }
    if (plan instanceof Ordering ordering) {
      return new Ordering(down.apply(ordering.input()), ordering.orders().stream().map(order -> new BoundSortOrder(
          inside.apply(order.child()), order.ascending(), order.nullsFirst())).toList(), ordering.global());
    }
    if (plan instanceof JoinRows join) {
      return new JoinRows(down.apply(join.left()), down.apply(join.right()), join.type(),
          join.condition().map(inside));
    }
    if (plan instanceof Aggregation aggregation) {
      return new Aggregation(down.apply(aggregation.input()), aggregation.kind(),
          aggregation.groupings().stream().map(inside).toList(), aggregation.groupingSets(),
          aggregation.columns().stream().map(column -> new NamedExpression(inside.apply(column.expression()),
              column.attribute())).toList());
    }
    if (plan instanceof LimitRows limit) {
      return new LimitRows(down.apply(limit.input()), limit.limit());
    }
    if (plan instanceof OffsetRows offset) {
      return new OffsetRows(down.apply(offset.input()), offset.offset());
    }
    if (plan instanceof TailRows tail) {
      return new TailRows(down.apply(tail.input()), tail.limit());
    }
    if (plan instanceof SampledRows sample) {
      return new SampledRows(down.apply(sample.input()), sample.lowerBound(), sample.upperBound(), sample.seed());
    }
    if (plan instanceof FirstRowPerKey first) {
      return new FirstRowPerKey(down.apply(first.input()), first.keys());
    }
    if (plan instanceof GeneratedRows generated) {
      return new GeneratedRows(down.apply(generated.input()), generated.generator(), generated.generated());
    }
    if (plan instanceof DistinctRows distinct) {
      return new DistinctRows(down.apply(distinct.input()));
    }
    if (plan instanceof CombinedRows combined) {
      return new CombinedRows(down.apply(combined.left()), down.apply(combined.right()), combined.type(),
          combined.all());
    }
    return plan;
  }

  /** The expression with each subquery's plan replaced by {@code rewrite} of it (nested subqueries too). */
  static BoundExpression subqueryPlans(BoundExpression expression, UnaryOperator<ResolvedPlan> rewrite) {
    if (!BoundExpressions.anyMatch(expression, part -> part instanceof BoundSubquery)) {
      return expression;
    }
    return BoundExpressions.replace(expression, part -> part instanceof BoundSubquery subquery
        ? Optional.of(new BoundSubquery(rewrite.apply(subquery.plan()), subquery.kind(),
            subquery.values().stream().map(value -> subqueryPlans(value, rewrite)).toList(),
            subquery.outerReferences()))
        : Optional.empty());
  }
}
