package dev.ember.sqlgen;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filter whose conjuncts mix correlated subqueries with plain conditions ({@code FROM catalog_sales, item,
 * date_dim WHERE i_item_sk = cs_item_sk AND ... AND cs_ext_discount_amt > (SELECT ... WHERE cs_item_sk =
 * i_item_sk)}, TPC-DS Q32) is written as two: the plain conditions below, where DuckDB turns the comma joins into
 * equi-joins, and the subqueries above them. In one WHERE DuckDB flattens the subquery over the cross product first
 * (Q32 ran for minutes). The rows are the same: a filter's conjuncts hold independently.
 */
final class CorrelatedFilters {
  private CorrelatedFilters() {
  }

  /** The filter split in two, or empty when it has no correlated subquery or nothing else. */
  static Optional<Selection> split(Selection selection) {
    List<BoundExpression> conjuncts = Conjuncts.of(selection.condition());
    List<BoundExpression> plain = new ArrayList<>();
    List<BoundExpression> correlated = new ArrayList<>();
    for (BoundExpression conjunct : conjuncts) {
      boolean hasCorrelated = BoundExpressions.anyMatch(conjunct,
          part -> part instanceof BoundSubquery subquery && !subquery.outerReferences().isEmpty());
      (hasCorrelated ? correlated : plain).add(conjunct);
    }
    if (plain.isEmpty() || correlated.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Selection(new Selection(selection.input(), Conjuncts.all(plain)),
        Conjuncts.all(correlated)));
  }
}
