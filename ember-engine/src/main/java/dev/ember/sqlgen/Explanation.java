package dev.ember.sqlgen;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.text.ExpressionText;
import dev.ember.plan.text.FormattedPlanText;
import dev.ember.plan.text.LiteralText;
import dev.ember.plan.text.LogicalPlanText;
import dev.ember.plan.text.PlanTree;
import dev.ember.plan.text.ResolvedPlanText;
import dev.ember.plan.text.UnresolvedExpressionText;
import java.time.ZoneId;

/**
 * What {@code explain(mode)} prints, in Spark's sections: the parsed, analyzed and optimized logical
 * plans as Spark's trees, then the physical plan, which on Ember is DuckDB's: its operator tree and
 * the SQL Ember generated for it. Ember's logical optimizations happen in DuckDB, so the optimized
 * logical plan is the analyzed one.
 */
public final class Explanation {
  /** Spark's explain modes. */
  public enum Mode { SIMPLE, EXTENDED, CODEGEN, COST, FORMATTED }

  private Explanation() {
  }

  public static String of(EngineSession session, LogicalPlan parsed, ResolvedPlan analyzed, QueryText sql, Mode mode) {
    // the plan trees are built only for the modes that print them
    LiteralText literals = new LiteralText(ZoneId.of(session.conf().timeZone()));
    return switch (mode) {
      case SIMPLE -> "== Physical Plan ==\n" + duckDb(session, sql);
      case CODEGEN -> "Found 0 WholeStageCodegen subtrees.\n\n== DuckDB SQL ==\n" + SqlLayout.of(sql.sql()) + "\n";
      case FORMATTED -> "== Physical Plan ==\n" + FormattedPlanText.of(tree(literals, analyzed)) + "DuckDB plan:\n"
          + duckDb(session, sql);
      case COST -> "== Optimized Logical Plan ==\n" + tree(literals, analyzed).text() + "\n== Physical Plan ==\n"
          + duckDb(session, sql);
      case EXTENDED -> {
        PlanTree tree = tree(literals, analyzed);
        yield "== Parsed Logical Plan ==\n" + new LogicalPlanText(new UnresolvedExpressionText(literals)).tree(parsed).text()
            + "\n== Analyzed Logical Plan ==\n" + ResolvedPlanText.schemaLine(analyzed) + "\n" + tree.text()
            + "\n== Optimized Logical Plan ==\n" + tree.text() + "\n== Physical Plan ==\n" + duckDb(session, sql);
      }
    };
  }

  /** The analyzed logical plan as {@code explain(true)} prints it (its schema line, then its tree). */
  public static String analyzedPlan(EngineSession session, ResolvedPlan analyzed) {
    return ResolvedPlanText.schemaLine(analyzed) + "\n"
        + tree(new LiteralText(ZoneId.of(session.conf().timeZone())), analyzed).text();
  }

  private static PlanTree tree(LiteralText literals, ResolvedPlan analyzed) {
    return new ResolvedPlanText(new ExpressionText(literals)).tree(analyzed);
  }

  /** DuckDB's physical plan ({@code EXPLAIN}, run only for the modes that print it), then the SQL laid out. */
  private static String duckDb(EngineSession session, QueryText sql) {
    return session.physicalPlan(sql) + "\nDuckDB SQL:\n" + SqlLayout.of(sql.sql()) + "\n";
  }
}
