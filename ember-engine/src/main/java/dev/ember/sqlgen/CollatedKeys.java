package dev.ember.sqlgen;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.Collations;
import java.util.List;

/**
 * The keys DuckDB orders and compares strings of a collation other than UTF8_BINARY by: Spark's collation key
 * ({@code collation_key}, equal exactly when the strings are equal under the collation) and sort key
 * ({@code collation_sort_key}, ordered as the collation orders the strings), as hex text.
 */
final class CollatedKeys {
  private CollatedKeys() {
  }

  static BoundExpression sortKey(BoundExpression expression) {
    return keyed("collation_sort_key", expression);
  }

  static BoundExpression key(BoundExpression expression) {
    return keyed("collation_key", expression);
  }

  static boolean collated(BoundExpression expression) {
    return Collations.nonBinary(expression.dataType());
  }

  private static BoundExpression keyed(String function, BoundExpression expression) {
    if (!collated(expression)) {
      return expression;
    }
    int id = SparkCollations.id(Collations.of(expression.dataType()));
    return new Call(function, List.of(expression, Literal.of(id)), AtomicType.STRING, expression.nullable());
  }
}
