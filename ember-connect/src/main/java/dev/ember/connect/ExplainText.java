package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.sqlgen.Explanation;
import dev.ember.plan.logical.LogicalPlan;
import org.apache.spark.connect.proto.AnalyzePlanRequest.Explain.ExplainMode;

/** {@code df.explain(mode)}: the Connect mode mapped onto {@link Explanation}'s. */
final class ExplainText {
  private ExplainText() {
  }

  static String of(EngineSession session, LogicalPlan parsed, QueryRunner.PreparedQuery query, ExplainMode mode) {
    return Explanation.of(session, parsed, query.plan(), query.sql(), mode(mode));
  }

  private static Explanation.Mode mode(ExplainMode mode) {
    return switch (mode) {
      case EXPLAIN_MODE_EXTENDED -> Explanation.Mode.EXTENDED;
      case EXPLAIN_MODE_CODEGEN -> Explanation.Mode.CODEGEN;
      case EXPLAIN_MODE_COST -> Explanation.Mode.COST;
      case EXPLAIN_MODE_FORMATTED -> Explanation.Mode.FORMATTED;
      default -> Explanation.Mode.SIMPLE;
    };
  }
}
