package dev.ember.connect;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;

/** The path every query takes: analyze, generate DuckDB SQL, execute. */
final class QueryRunner {
  private QueryRunner() {
  }

  /** A query ready to run: its Spark schema and the SQL that computes it. */
  record PreparedQuery(ResolvedPlan plan, StructType schema, String sql) {
  }

  static PreparedQuery prepare(EngineSession session, LogicalPlan plan) {
    ResolvedPlan resolved = new Analyzer(session).analyze(plan);
    return new PreparedQuery(resolved, Analyzer.schemaOf(resolved), SqlGenerator.generate(resolved));
  }

  static StructType schema(EngineSession session, LogicalPlan plan) {
    return Analyzer.schemaOf(new Analyzer(session).analyze(plan));
  }

  static QueryResult run(EngineSession session, String operationId, LogicalPlan plan) {
    PreparedQuery query = prepare(session, plan);
    return session.execute(operationId, query.sql(), query.schema());
  }

  /** The first {@code rows} rows of {@code plan}. */
  static QueryResult runLimited(EngineSession session, String operationId, LogicalPlan plan, int rows) {
    return run(session, operationId, new Limit(plan, rows));
  }
}
