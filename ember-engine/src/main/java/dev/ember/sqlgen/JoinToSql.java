package dev.ember.sqlgen;

import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.ResolvedPlan;
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
 *
 * <p>A side that is itself an inner join stands in the FROM clause as that join, not as a subquery
 * ({@code a JOIN b ON x JOIN c ON y}): DuckDB orders the joins of one FROM clause together, while a
 * {@code SELECT *} between two joins splits them into blocks it orders apart (TPC-DS q64's 18 relations
 * then crossed a date dimension with the fact rows and ran out of memory).
 */
final class JoinToSql {
  private JoinToSql() {
  }

  static SqlSelect select(SqlGenerator generator, JoinRows join) {
    SqlExpression condition = join.condition().map(generator.expressions().forJoinCondition()::convert)
        .orElse(new SqlLiteral(true, AtomicType.BOOLEAN));
    SqlFrom from = new SqlFrom.Join(side(generator, SemiJoinReduction.left(join)), kind(join),
        side(generator, SemiJoinReduction.right(join)), condition);
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)), from);
  }

  /** A side's rows: an inner join's FROM as it is, anything else as a subquery. */
  private static SqlFrom side(SqlGenerator generator, ResolvedPlan plan) {
    SqlSelect select = generator.joinSide(plan);
    return innerJoin(select) ? select.from() : generator.subquery(select);
  }

  /** {@code SELECT * FROM a JOIN b ON c} and nothing more. */
  private static boolean innerJoin(SqlSelect select) {
    return select.from() instanceof SqlFrom.Join join && join.kind() == JoinKind.INNER && isBareFrom(select);
  }

  /** {@code SELECT * FROM from} and nothing more: a filter above may be its WHERE. */
  static boolean isBareFrom(SqlSelect select) {
    return !select.distinct() && select.where() == null && select.groupBy().isEmpty() && select.orderBy().isEmpty()
        && select.limit().isEmpty() && select.offset().isEmpty() && select.items().size() == 1
        && select.items().get(0).expression() instanceof SqlStar && select.items().get(0).alias() == null;
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
