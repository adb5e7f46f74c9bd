package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;

/**
 * The internal DuckDB column name of an attribute: unique within a query, so that generated SQL
 * never has an ambiguous or case-colliding name. The final SELECT restores Spark's names.
 */
final class ColumnNames {
  private ColumnNames() {
  }

  static String of(Attribute attribute) {
    return attribute.name() + "#" + attribute.id();
  }
}
