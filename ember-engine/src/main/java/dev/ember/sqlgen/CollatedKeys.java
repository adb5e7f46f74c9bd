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

  /** The rendered {@code sql} of {@code expression} as its collation sort key (itself under UTF8_BINARY). */
  static dev.ember.sqlgen.tree.SqlExpression sortKey(BoundExpression expression, dev.ember.sqlgen.tree.SqlExpression sql) {
    return keyed("ember_collation_sort_key", expression.dataType(), sql);
  }

  private static dev.ember.sqlgen.tree.SqlExpression keyed(String function, dev.ember.plan.types.DataType type,
      dev.ember.sqlgen.tree.SqlExpression sql) {
    if (!Collations.nonBinary(type)) {
      return sql;
    }
    return dev.ember.sqlgen.tree.SqlCall.of(function, sql, new dev.ember.sqlgen.tree.SqlLiteral(
        SparkCollations.id(Collations.of(type)), AtomicType.INTEGER));
  }

  /** The rendered {@code sql} of {@code expression} as its collation key for equality (itself under UTF8_BINARY). */
  static dev.ember.sqlgen.tree.SqlExpression key(dev.ember.plan.types.DataType type,
      dev.ember.sqlgen.tree.SqlExpression sql) {
    return keyed("ember_collation_key", type, sql);
  }

  static dev.ember.sqlgen.tree.SqlExpression sortKey(dev.ember.plan.types.DataType type,
      dev.ember.sqlgen.tree.SqlExpression sql) {
    return keyed("ember_collation_sort_key", type, sql);
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
