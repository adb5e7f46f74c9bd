package dev.ember.connect;

/**
 * Plans are compared by their generated SQL with the per-query column ids removed: two DataFrames
 * built the same way compare equal, as with Spark's canonicalized plans.
 */
final class SemanticText {
  private SemanticText() {
  }

  static String normalize(String sql) {
    return sql.replaceAll("#\\d+\"", "#\"");
  }

  /** The normalized text with the values of its parameters. */
  static String normalize(dev.ember.engine.QueryText query) {
    return normalize(query.sql()) + (query.parameters().isEmpty() ? "" : "\n" + query.parameters());
  }
}
