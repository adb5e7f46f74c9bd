package dev.ember.analyzer;

import dev.ember.plan.logical.LateralJoin;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.JoinRows;
import java.util.Optional;

/**
 * {@code left JOIN LATERAL right}: the right side is resolved with the left's columns as an enclosing scope, so a name
 * it lacks reads the left row ({@link OuterScopes}, as a correlated subquery reads its query), then joined as any
 * join: on its condition, its using columns, or none. The engine evaluates a FROM item that reads an earlier one for
 * each of its rows.
 */
final class LateralJoinResolver {
  private LateralJoinResolver() {
  }

  static Scope resolve(Analyzer analyzer, LateralJoin join) {
    Optional<Scope> tableFunction = UserTableFunctions.lateral(analyzer, join);
    if (tableFunction.isPresent()) {
      return tableFunction.get();
    }
    Scope left = analyzer.resolve(join.left());
    Scope right = analyzer.outerScopes().within(left, frame -> analyzer.resolve(join.right()));
    if (!join.usingColumns().isEmpty()) {
      return new UsingJoinResolver(analyzer).resolve(left, right, join.type(), join.usingColumns());
    }
    JoinResolver joins = new JoinResolver(analyzer);
    Optional<BoundExpression> condition = join.condition()
        .map(expression -> joins.resolveCondition(left, right, expression));
    LateralJoinChecks.check(left.plan(), right.plan(), condition,
        condition.isPresent() ? analyzer.expressions(JoinResolver.bothSides(left, right), false)
            .resolve(join.condition().get()).name() : "");
    return JoinResolver.joined(left, right, new JoinRows(left.plan(), right.plan(), join.type(), condition));
  }
}
