package dev.ember.sqlgen;

import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlFrom.JoinKind;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.List;

/**
 * A join as {@code SELECT * FROM (left) JOIN (right) ON condition}: internal column names are unique
 * across both sides, so {@code *} is the left's columns then the right's (the left's only for SEMI and
 * ANTI). A join without a condition joins ON TRUE.
 */
final class JoinToSql {
  private JoinToSql() {
  }

  static SqlSelect select(SqlGenerator generator, JoinRows join) {
    SqlExpression condition = join.condition().map(generator.expressions().forJoinCondition()::convert)
        .orElse(new SqlLiteral(true, AtomicType.BOOLEAN));
    SqlFrom from = new SqlFrom.Join(generator.subquery(SemiJoinReduction.left(join)), kind(join),
        generator.subquery(SemiJoinReduction.right(join)), condition);
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)), from);
  }

  private static JoinKind kind(JoinRows join) {
    return switch (join.type()) {
      case INNER, CROSS -> JoinKind.INNER;
      case LEFT_OUTER -> JoinKind.LEFT;
      case RIGHT_OUTER -> JoinKind.RIGHT;
      case FULL_OUTER -> JoinKind.FULL;
      case LEFT_SEMI -> JoinKind.SEMI;
      case LEFT_ANTI -> JoinKind.ANTI;
    };
  }
}
