package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.NearestByJoin;
import java.math.BigInteger;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code left [INNER | LEFT OUTER] JOIN right {APPROX | EXACT} NEAREST [k] BY {DISTANCE | SIMILARITY} ranking}: the
 * same nearest-by join as the DataFrame's {@code nearestByJoin} ({@code k} 1 when left out), its join type and
 * {@code k} checked while parsing, as Spark's parser checks them.
 */
final class SqlNearestByJoins {
  private SqlNearestByJoins() {
  }

  static LogicalPlan join(ExpressionBuilder expressions, LogicalPlan left, LogicalPlan right,
      SqlBaseParser.JoinRelationContext join) {
    SqlBaseParser.NearestByClauseContext clause = join.nearestByClause();
    JoinType type = RelationBuilder.joinType(join.joinType());
    if (type != JoinType.INNER && type != JoinType.LEFT_OUTER) {
      String written = type.name().replace('_', ' ');
      throw parseError(expressions, join, "UNSUPPORTED_JOIN_TYPE", "Unsupported nearest-by join type " + written
          + ". Supported types: 'INNER', 'LEFT OUTER'.", Map.of("joinType", written,
          "supported", "'INNER', 'LEFT OUTER'"));
    }
    BigInteger count = clause.num == null ? BigInteger.ONE : new BigInteger(clause.num.getText());
    if (count.compareTo(BigInteger.ONE) < 0 || count.compareTo(BigInteger.valueOf(NearestByJoin.MAX_NUM_RESULTS)) > 0) {
      throw parseError(expressions, join, "NUM_RESULTS_OUT_OF_RANGE",
          "Invalid nearest-by join. " + NearestByJoin.numResultsOutOfRange(count.toString()),
          NearestByJoin.numResultsParameters(count.toString()));
    }
    return expressions.origins().record(join, NearestByJoin.of(left, right,
        expressions.expression(clause.expression()), count.intValue(), type == JoinType.INNER ? "inner" : "leftouter",
        clause.APPROX() != null ? "approx" : "exact", clause.DISTANCE() != null ? "distance" : "similarity"));
  }

  private static EmberException parseError(ExpressionBuilder expressions, SqlBaseParser.JoinRelationContext join,
      String subclass, String message, Map<String, String> parameters) {
    return expressions.origins().attach(join, new EmberException(ErrorKind.PARSE, "NEAREST_BY_JOIN." + subclass,
        "42604", message.startsWith("Invalid") ? message : "Invalid nearest-by join. " + message, parameters));
  }
}
