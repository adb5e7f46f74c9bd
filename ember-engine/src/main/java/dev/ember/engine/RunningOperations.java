package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's running queries by operation id: runs one with its statement registered, so that
 * {@link #cancel} can interrupt it, and turns its failures into Spark errors.
 */
final class RunningOperations {
  private final Map<String, Statement> running = new ConcurrentHashMap<>();
  /** Operations whose cancellation was asked for: they end with OPERATION_CANCELED even if DuckDB finished. */
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

  /** Prepares a query ready to run (e.g. with the session's time zone applied and its parameters bound). */
  interface StatementSource {
    java.sql.PreparedStatement prepare(QueryText query) throws SQLException;
  }

  /** Reads a result (DuckDB's JDBC driver and its Arrow stream fail with these two). */
  interface ResultHandler {
    void handle(ResultSet resultSet) throws SQLException, IOException;
  }

  void run(String operationId, QueryText query, StatementSource statements, ResultHandler handler) {
    try (java.sql.PreparedStatement statement = statements.prepare(query)) {
      running.put(operationId, statement);
      requireNotCancelled(operationId);
      try (ResultSet resultSet = statement.executeQuery()) {
        handler.handle(resultSet);
      }
    } catch (SQLException | IOException e) {
      if (cancelled.contains(operationId)) {
        throw DuckDbErrors.canceled();
      }
      throw DuckDbErrors.translate(String.valueOf(e.getMessage()), query.sql());
    } finally {
      running.remove(operationId);
      cancelled.remove(operationId);
    }
  }

  /** Runs a statement that answers with no rows to read (DuckDB's {@code COPY ... TO}), cancellable as a query. */
  void runStatement(String operationId, QueryText statementText, StatementSource statements) {
    try (java.sql.PreparedStatement statement = statements.prepare(statementText)) {
      running.put(operationId, statement);
      requireNotCancelled(operationId);
      statement.execute();
    } catch (SQLException e) {
      if (cancelled.contains(operationId)) {
        throw DuckDbErrors.canceled();
      }
      throw DuckDbErrors.translate(String.valueOf(e.getMessage()), statementText.sql());
    } finally {
      running.remove(operationId);
      cancelled.remove(operationId);
    }
  }

  boolean isCancelled(String operationId) {
    return cancelled.contains(operationId);
  }

  void requireNotCancelled(String operationId) {
    if (isCancelled(operationId)) {
      throw DuckDbErrors.canceled();
    }
  }

  /** Cancels a running query; returns whether it was running. */
  boolean cancel(String operationId) {
    Statement statement = running.get(operationId);
    if (statement == null) {
      return false;
    }
    cancelled.add(operationId);
    try {
      statement.cancel();
    } catch (SQLException e) {
      throw SparkErrors.internal("Could not cancel operation " + operationId + ": " + e.getMessage());
    }
    return true;
  }

  Set<String> ids() {
    return Set.copyOf(running.keySet());
  }

  /** Cancels every running query; returns the last failure to do so, if any. */
  SQLException cancelAll() {
    SQLException failure = null;
    for (Statement statement : running.values()) {
      try {
        statement.cancel();
      } catch (SQLException e) {
        failure = e;
      }
    }
    return failure;
  }
}
