package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import java.util.ArrayList;
import java.util.List;

/** The expressions an operator computes, and the subqueries among them. */
public final class OperatorExpressions {
  private OperatorExpressions() {
  }

  /** The expressions an operator computes over its one input (a projection's, a filter's...), or none. */
  static List<BoundExpression> overOneInput(ResolvedPlan plan) {
    List<BoundExpression> expressions = new ArrayList<>();
    if (plan instanceof Projection projection) {
      projection.columns().forEach(column -> expressions.add(column.expression()));
    } else if (plan instanceof Selection selection) {
      expressions.add(selection.condition());
    } else if (plan instanceof Aggregation aggregation) {
      expressions.addAll(aggregation.groupings());
      aggregation.columns().forEach(column -> expressions.add(column.expression()));
    } else if (plan instanceof Ordering ordering) {
      ordering.orders().forEach(order -> expressions.add(order.child()));
    } else if (plan instanceof GeneratedRows generated) {
      expressions.add(generated.generator().collection());
    }
    return expressions;
  }

  /** Every expression an operator computes itself: {@link #overOneInput}'s and a join's condition. */
  public static List<BoundExpression> of(ResolvedPlan plan) {
    List<BoundExpression> expressions = new ArrayList<>(overOneInput(plan));
    if (plan instanceof JoinRows join) {
      join.condition().ifPresent(expressions::add);
    }
    return expressions;
  }

  /** The plans of the subquery expressions {@code plan} computes (a join's condition included), outermost first. */
  public static List<ResolvedPlan> subqueryPlans(ResolvedPlan plan) {
    List<BoundExpression> expressions = of(plan);
    List<ResolvedPlan> plans = new ArrayList<>();
    for (BoundExpression expression : expressions) {
      BoundExpressions.anyMatch(expression, part -> {
        if (part instanceof BoundSubquery subquery) {
          plans.add(subquery.plan());
        }
        return false;
      });
    }
    return plans;
  }
}
