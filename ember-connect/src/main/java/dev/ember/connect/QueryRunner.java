package dev.ember.connect;

import dev.ember.analyzer.Analyzer;
import dev.ember.analyzer.RuntimeOrigins;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.engine.QueryResult;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.util.List;

/** The path every query takes: analyze, generate DuckDB SQL, execute. */
final class QueryRunner {
  private QueryRunner() {
  }

  /** A query ready to run: its Spark schema, the SQL that computes it and its {@code observe} metrics. */
  record PreparedQuery(ResolvedPlan plan, StructType schema, QueryText sql, List<ObservedQuery> observations,
      RuntimeOrigins origins, List<EmberException> executionErrors) {
    /** Spark's refusal of a query that analyzes but cannot run (see {@link Analyzer#executionErrors()}). */
    void requireRunnable() {
      if (!executionErrors.isEmpty()) {
        throw executionErrors.get(0);
      }
    }

    /** The same query kept to run again as it is: DuckDB keeps its prepared statement too. */
    PreparedQuery runningAgain() {
      return new PreparedQuery(plan, schema, sql.runningAgain(), observations, origins, executionErrors);
    }

    /** A failure of the query's run, with the SQL query context of the expression that raised it when known. */
    EmberException withQueryContext(EmberException failure) {
      return origins.attach(failure);
    }
  }

  /** An {@code observe}'s metrics: run once the query has run, sent with its result. */
  record ObservedQuery(String name, long planId, StructType schema, QueryText sql) {
  }

  static PreparedQuery prepare(EngineSession session, LogicalPlan plan) {
    Analyzer analyzer = new Analyzer(session);
    ResolvedPlan resolved = analyzer.analyze(plan);
    List<ObservedQuery> observations = analyzer.observations().stream()
        .map(observation -> new ObservedQuery(observation.name(), observation.planId(),
            Analyzer.schemaOf(observation.metrics()), SqlGenerator.generate(observation.metrics())))
        .toList();
    PreparedQuery prepared = new PreparedQuery(resolved, Analyzer.schemaOf(resolved), SqlGenerator.generate(resolved),
        observations, analyzer.runtimeOrigins(), analyzer.executionErrors());
    QueryHistory.notePrepared(session, prepared);
    return prepared;
  }

  /**
   * Each observation's metrics, computed after the query ran. A metric that fails does not fail the query: as
   * Spark Connect's server, the observation carries the error, which the client's {@code Observation} raises.
   */
  static List<org.apache.spark.connect.proto.ExecutePlanResponse.ObservedMetrics> observe(EngineSession session,
      String operationId, PreparedQuery query) {
    return query.observations().stream().map(observation -> {
      try {
        return ObservedMetricsEncoder.encode(observation.name(), observation.planId(),
            session.execute(operationId, observation.sql(), observation.schema()));
      } catch (EmberException failure) {
        return ObservedMetricsEncoder.failed(observation.name(), observation.planId(), failure);
      }
    }).toList();
  }

  /** The columns of a plan's result, with the char/varchar types they were declared with. */
  static List<dev.ember.plan.resolved.Attribute> output(EngineSession session, LogicalPlan plan) {
    return new Analyzer(session).analyze(plan).output();
  }

  static StructType schema(EngineSession session, LogicalPlan plan) {
    return Analyzer.schemaOf(new Analyzer(session).analyze(plan));
  }

  static QueryResult run(EngineSession session, String operationId, LogicalPlan plan) {
    return run(session, operationId, prepare(session, plan));
  }

  static QueryResult run(EngineSession session, String operationId, PreparedQuery query) {
    query.requireRunnable();
    try {
      return session.execute(operationId, query.sql(), query.schema());
    } catch (EmberException failure) {
      throw query.withQueryContext(failure);
    }
  }
}
