package dev.ember.sqlgen;

import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.CachedScan;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.OuterReference;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A filter's correlated {@code EXISTS} and {@code NOT EXISTS} conjuncts as left semi and anti joins, as Spark's
 * optimizer plans them (RewritePredicateSubquery): the subquery's correlated conjuncts become the join's condition,
 * its outer columns read as the filter's input's own. DuckDB flattens a correlated EXISTS through a join of the
 * subquery with the distinct correlated values of the outer rows; the semi join reads the subquery's rows once
 * (TPC-H Q21 through {@code spark.sql}: as fast as the same query written with semi and anti joins).
 *
 * <p>Only the plain shape is rewritten: the subquery a filter (under projections of columns), whose conjuncts that
 * read the outer query read nothing else of it and hold no subquery, over rows of plain operators that read no outer
 * column; the outer columns are the filter input's. The rows are the same: a filter's conjuncts hold independently,
 * EXISTS is true where a row of the subquery satisfies the correlated conjuncts (a semi join's match), NOT EXISTS
 * where none does (an anti join's), neither ever NULL.
 */
final class ExistsJoins {
  private ExistsJoins() {
  }

  /** {@code plan} with each such EXISTS and NOT EXISTS a join, its subqueries' plans too. */
  static ResolvedPlan rewrite(ResolvedPlan plan) {
    return PlanRewrites.transformDown(plan, part -> part instanceof Selection selection
        ? joined(selection) : Optional.empty());
  }

  private record Existence(ResolvedPlan rows, JoinType type, BoundExpression condition) {
  }

  private static Optional<ResolvedPlan> joined(Selection selection) {
    Map<Long, Attribute> available = new HashMap<>();
    selection.input().output().forEach(attribute -> available.put(attribute.id(), attribute));
    List<BoundExpression> plain = new ArrayList<>();
    List<BoundExpression> others = new ArrayList<>();
    List<Existence> joins = new ArrayList<>();
    for (BoundExpression conjunct : Conjuncts.of(selection.condition())) {
      Optional<Existence> join = existence(conjunct, available);
      if (join.isPresent()) {
        joins.add(join.get());
      } else if (BoundExpressions.anyMatch(conjunct, part -> part instanceof BoundSubquery)) {
        others.add(conjunct);
      } else {
        plain.add(conjunct);
      }
    }
    if (joins.isEmpty()) {
      return Optional.empty();
    }
    // (a replaced part is not entered: what is below it is rewritten here)
    ResolvedPlan rows = rewrite(selection.input());
    if (!plain.isEmpty()) {
      rows = new Selection(rows, Conjuncts.all(plain));
    }
    for (Existence join : joins) {
      rows = new JoinRows(rows, rewrite(join.rows()), join.type(), Optional.of(join.condition()));
    }
    if (!others.isEmpty()) {
      rows = new Selection(rows, PlanRewrites.subqueryPlans(Conjuncts.all(others), ExistsJoins::rewrite));
    }
    return Optional.of(rows);
  }

  /** The join of an {@code EXISTS (...)} or {@code NOT EXISTS (...)} conjunct of the plain shape; else empty. */
  private static Optional<Existence> existence(BoundExpression conjunct, Map<Long, Attribute> available) {
    boolean negated = conjunct instanceof Call call && call.function().equals("not") && call.arguments().size() == 1;
    BoundExpression tested = negated ? ((Call) conjunct).argument(0) : conjunct;
    if (!(tested instanceof BoundSubquery subquery) || subquery.kind() != SubqueryExpression.Kind.EXISTS
        || subquery.outerReferences().isEmpty()
        || !subquery.outerReferences().stream().allMatch(outer -> available.containsKey(outer.id()))) {
      return Optional.empty();
    }
    ResolvedPlan body = subquery.plan();
    while (body instanceof Projection projection
        && projection.columns().stream().allMatch(column -> column.expression() instanceof ColumnReference)) {
      body = projection.input();
    }
    if (!(body instanceof Selection filter)) {
      return Optional.empty();
    }
    List<BoundExpression> correlated = new ArrayList<>();
    List<BoundExpression> local = new ArrayList<>();
    for (BoundExpression part : Conjuncts.of(filter.condition())) {
      if (BoundExpressions.anyMatch(part, inner -> inner instanceof BoundSubquery)) {
        return Optional.empty();
      }
      (BoundExpressions.anyMatch(part, inner -> inner instanceof OuterReference) ? correlated : local).add(part);
    }
    ResolvedPlan rows = local.isEmpty() ? filter.input() : new Selection(filter.input(), Conjuncts.all(local));
    if (correlated.isEmpty() || !plain(rows)) {
      return Optional.empty();
    }
    BoundExpression condition = BoundExpressions.replace(Conjuncts.all(correlated),
        part -> part instanceof OuterReference outer
            ? Optional.of(new ColumnReference(available.get(outer.attribute().id())))
            : Optional.empty());
    return Optional.of(new Existence(rows, negated ? JoinType.LEFT_ANTI : JoinType.LEFT_SEMI, condition));
  }

  /** Whether {@code plan} is made of plain operators only, none of which reads an outer column or a subquery. */
  private static boolean plain(ResolvedPlan plan) {
    boolean known = plan instanceof FileScan || plan instanceof RangeScan || plan instanceof LocalRows
        || plan instanceof CachedScan || plan instanceof Projection || plan instanceof Selection
        || plan instanceof JoinRows || plan instanceof Aggregation || plan instanceof DistinctRows;
    if (!known || OperatorExpressions.of(plan).stream().anyMatch(expression -> BoundExpressions.anyMatch(expression,
        part -> part instanceof OuterReference || part instanceof BoundSubquery))) {
      return false;
    }
    return PlanChildren.of(plan).stream().allMatch(ExistsJoins::plain);
  }
}
