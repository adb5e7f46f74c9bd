package dev.ember.analyzer;

import dev.ember.plan.errors.RecursionErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Having;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.PlanParts;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.RecursiveReference;
import dev.ember.plan.logical.Sort;

/**
 * Where a recursive CTE's step may read the CTE, as Spark checks before it resolves the step
 * (INVALID_RECURSIVE_REFERENCE.PLACE): not below an aggregation (a select list with an aggregate function is one),
 * a window function, a sort or DISTINCT (in a subquery expression too), and not on the side of an outer, semi or
 * anti join that may lose or NULL-extend its rows.
 */
final class RecursiveReferencePlaces {
  private RecursiveReferencePlaces() {
  }

  static void check(LogicalPlan step, long id) {
    check(step, id, false);
  }

  private static void check(LogicalPlan plan, long id, boolean forbidden) {
    if (plan instanceof RecursiveReference reference && reference.id() == id) {
      if (forbidden) {
        throw RecursionErrors.invalidPlace();
      }
      return;
    }
    if (plan instanceof Join join) {
      JoinType type = join.type();
      check(join.left(), id, forbidden || type == JoinType.RIGHT_OUTER || type == JoinType.FULL_OUTER);
      check(join.right(), id, forbidden || type == JoinType.LEFT_OUTER || type == JoinType.LEFT_SEMI
          || type == JoinType.LEFT_ANTI || type == JoinType.FULL_OUTER);
      join.condition().ifPresent(condition -> checkSubqueries(condition, id, forbidden));
      return;
    }
    boolean below = forbidden || plan instanceof Aggregate || plan instanceof Having || plan instanceof Sort
        || plan instanceof PivotAggregate || plan instanceof Deduplicate
        || (plan instanceof Project project && (GlobalAggregates.containsAggregates(project.expressions())
            || project.expressions().stream().anyMatch(PlanParts::windowed)));
    for (Object part : PlanParts.of(plan)) {
      if (part instanceof LogicalPlan child) {
        check(child, id, below);
      } else if (part instanceof Expression expression) {
        checkSubqueries(expression, id, below);
      }
    }
  }

  /** The subqueries of an expression read the CTE under the same rules. */
  private static void checkSubqueries(Expression expression, long id, boolean forbidden) {
    if (expression instanceof SubqueryExpression subquery) {
      check(subquery.plan(), id, forbidden);
      return;
    }
    for (Object part : PlanParts.of(expression)) {
      if (part instanceof Expression child) {
        checkSubqueries(child, id, forbidden);
      }
    }
  }
}
