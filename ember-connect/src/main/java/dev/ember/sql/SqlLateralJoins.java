package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LateralJoin;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * LATERAL in FROM: {@code left, LATERAL right} and {@code left [type] JOIN LATERAL right [ON condition]}, where the
 * right side (a subquery or a table-valued function) reads the left's columns; Spark's parse errors for NATURAL and
 * USING.
 */
final class SqlLateralJoins {
  private SqlLateralJoins() {
  }

  /** {@code left, LATERAL right ...}: the right's own joins apply to the lateral join, as Spark's AstBuilder. */
  static LogicalPlan commaJoined(RelationBuilder relations, LogicalPlan left, SqlBaseParser.RelationContext relation) {
    LogicalPlan right = relations.primary(relation.relationPrimary());
    return relations.extended(new LateralJoin(left, right, JoinType.INNER, Optional.empty(), List.of()), relation);
  }

  static LogicalPlan joined(ExpressionBuilder expressions, LogicalPlan left, LogicalPlan right, JoinType type,
      SqlBaseParser.JoinRelationContext join) {
    if (join.NATURAL() != null) {
      throw new EmberException(ErrorKind.PARSE, "INCOMPATIBLE_JOIN_TYPES", "42613",
          "The join types LATERAL and NATURAL are incompatible.",
          Map.of("joinType1", "LATERAL", "joinType2", "NATURAL"));
    }
    SqlBaseParser.JoinCriteriaContext criteria = join.joinCriteria();
    if (criteria != null && criteria.USING() != null) {
      throw new EmberException(ErrorKind.PARSE, "UNSUPPORTED_FEATURE.LATERAL_JOIN_USING", "0A000",
          "The feature is not supported: JOIN USING with LATERAL correlation.", Map.of());
    }
    JoinType lateralType = type == JoinType.CROSS ? JoinType.INNER : type;
    return new LateralJoin(left, right, lateralType,
        criteria == null ? Optional.empty() : Optional.of(expressions.condition(criteria.booleanExpression())),
        List.of());
  }
}
