package dev.ember.connect;

import org.apache.spark.connect.proto.AnalyzePlanRequest.Explain.ExplainMode;

/** {@code df.explain()}: Ember's plan in Spark's section layout, with the generated DuckDB SQL. */
final class ExplainText {
  private ExplainText() {
  }

  static String of(QueryRunner.PreparedQuery query, ExplainMode mode) {
    StringBuilder text = new StringBuilder();
    if (mode == ExplainMode.EXPLAIN_MODE_EXTENDED) {
      text.append("== Analyzed Logical Plan ==\n")
          .append(TreeString.of(query.schema(), Integer.MAX_VALUE))
          .append(query.plan()).append("\n\n");
    }
    text.append("== Physical Plan ==\n")
        .append("EmberDuckDB\n")
        .append(query.sql()).append('\n');
    return text.toString();
  }
}
