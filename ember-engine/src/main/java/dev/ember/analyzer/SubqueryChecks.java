package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.OuterReference;
import java.util.Map;

/**
 * Spark's checks on where a subquery may read the enclosing query's columns: an aggregate function mixing them with
 * the subquery's own columns is AGGREGATE_FUNCTION_MIXED_OUTER_LOCAL_REFERENCES; one over outer columns only, or a
 * grouping key of outer columns, is CORRELATED_REFERENCE; a subquery in a join condition reads one side only.
 */
final class SubqueryChecks {
  private SubqueryChecks() {
  }

  /**
   * A correlated subquery in a join condition may read the columns of one side only (Spark's
   * UNSUPPORTED_CORRELATED_EXPRESSION_IN_JOIN_CONDITION).
   */
  static void requireOneSideInJoinCondition(BoundColumn condition, java.util.List<dev.ember.plan.resolved.Attribute> left,
      java.util.List<dev.ember.plan.resolved.Attribute> right) {
    java.util.Set<Long> leftIds = new java.util.HashSet<>();
    left.forEach(attribute -> leftIds.add(attribute.id()));
    java.util.Set<Long> rightIds = new java.util.HashSet<>();
    right.forEach(attribute -> rightIds.add(attribute.id()));
    BoundExpressions.anyMatch(condition.expression(), expression -> {
      if (expression instanceof dev.ember.plan.resolved.BoundSubquery subquery
          && subquery.outerReferences().stream().anyMatch(attribute -> leftIds.contains(attribute.id()))
          && subquery.outerReferences().stream().anyMatch(attribute -> rightIds.contains(attribute.id()))) {
        throw new EmberException(ErrorKind.ANALYSIS,
            "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.UNSUPPORTED_CORRELATED_EXPRESSION_IN_JOIN_CONDITION", "0A000",
            "Unsupported subquery expression: Correlated subqueries in the join predicate cannot reference both join "
                + "inputs: " + condition.name() + ".", Map.of("subqueryExpression", condition.name()));
      }
      return false;
    });
  }

  /** A grouping key of a subquery may not be an enclosing query's column (Spark's CORRELATED_REFERENCE). */
  static void requireLocalGrouping(BoundColumn key) {
    if (BoundExpressions.anyMatch(key.expression(), OuterReference.class::isInstance)) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.CORRELATED_REFERENCE",
          "0A000", "Unsupported subquery expression: Expressions referencing the outer query are not supported "
              + "outside of WHERE/HAVING clauses: \"" + key.name() + "\".", Map.of("sqlExprs", "\"" + key.name() + "\""));
    }
  }

  /** The aggregate functions of an aggregation's column. */
  static void check(BoundExpression expression, String name) {
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      boolean outer = call.arguments().stream()
          .anyMatch(argument -> BoundExpressions.anyMatch(argument, OuterReference.class::isInstance));
      if (!outer) {
        return;
      }
      boolean local = call.arguments().stream()
          .anyMatch(argument -> BoundExpressions.anyMatch(argument, ColumnReference.class::isInstance));
      if (local) {
        throw new EmberException(ErrorKind.ANALYSIS,
            "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.AGGREGATE_FUNCTION_MIXED_OUTER_LOCAL_REFERENCES", "0A000",
            "Unsupported subquery expression: Found an aggregate function in a correlated predicate that has both "
                + "outer and local references, which is not supported: " + name + ".", Map.of("function", name));
      }
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.CORRELATED_REFERENCE",
          "0A000", "Unsupported subquery expression: Expressions referencing the outer query are not supported "
              + "outside of WHERE/HAVING clauses: \"" + name + "\".", Map.of("sqlExprs", "\"" + name + "\""));
    }
    BoundExpressions.children(expression).forEach(child -> check(child, name));
  }
}
