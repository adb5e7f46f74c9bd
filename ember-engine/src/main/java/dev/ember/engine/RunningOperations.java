package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's running queries by operation id: runs one with its statement registered, so that
 * {@link #cancel} can interrupt it, and turns its failures into Spark errors.
 */
final class RunningOperations {
  /** How each running operation is stopped: its statement cancelled, the thread running its user code interrupted. */
  private final Map<String, Canceller> running = new ConcurrentHashMap<>();
  /** Operations whose cancellation was asked for: they end with OPERATION_CANCELED even if DuckDB finished. */
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  /** The statement each operation runs now, whose progress DuckDB reports. */
  private final Map<String, org.duckdb.DuckDBPreparedStatement> runningStatements = new ConcurrentHashMap<>();
  /** The statements running user functions inside DuckDB, whose threads a cancellation interrupts. */
  private final UserFunctionCalls userFunctionCalls;

  RunningOperations(UserFunctionCalls userFunctionCalls) {
    this.userFunctionCalls = userFunctionCalls;
  }

  /** Stops a running operation. */
  private interface Canceller {
    void cancel() throws SQLException;
  }

  /**
   * Runs user code (a UDF, a typed function) of an operation: {@link #cancel} interrupts the thread running it, as
   * Spark interrupts a task's, and its failure after a cancellation is OPERATION_CANCELED.
   */
  <T> T runUserCode(String operationId, java.util.function.Supplier<T> code) {
    Thread thread = Thread.currentThread();
    Canceller enclosing = running.get(operationId);
    running.put(operationId, enclosing == null ? thread::interrupt : () -> {
      thread.interrupt();
      try {
        enclosing.cancel();
      } catch (SQLException e) {
        // the enclosing statement has ended (closed while the user code runs): the interrupt is the cancellation
      }
    });
    try {
      requireNotCancelled(operationId);
      return code.get();
    } catch (RuntimeException e) {
      if (cancelled.contains(operationId)) {
        throw DuckDbErrors.canceled();
      }
      throw e;
    } finally {
      Thread.interrupted();
      if (enclosing == null) {
        running.remove(operationId);
        cancelled.remove(operationId);
      } else {
        running.put(operationId, enclosing);
      }
    }
  }

  /** Prepares a query ready to run (e.g. with the session's time zone applied and its parameters bound). */
  interface StatementSource {
    KeptStatements.Lease prepare(QueryText query) throws SQLException;
  }

  /** Reads a result (DuckDB's JDBC driver and its Arrow stream fail with these two). */
  interface ResultHandler {
    void handle(ResultSet resultSet) throws SQLException, IOException;
  }

  /**
   * Runs a query and reads its result. When DuckDB's sum of wide decimals fails past 38 digits before a row is read,
   * the query's exact form runs instead ({@link QueryText#exactSums}): it raises Spark's error naming the value, or
   * gives the result where only an intermediate total passed 128 bits.
   */
  void run(String operationId, QueryText query, StatementSource statements, ResultHandler handler) {
    try {
      execute(operationId, query, statements, statement -> {
        ResultSet resultSet;
        try {
          resultSet = statement.executeQuery();
        } catch (SQLException e) {
          if (query.exactSums() != null && DuckDbErrors.isDecimalSumOverflow(String.valueOf(e.getMessage()))) {
            throw new DecimalSumOverflow();
          }
          throw e;
        }
        try (resultSet) {
          handler.handle(resultSet);
        }
      });
    } catch (DecimalSumOverflow overflow) {
      run(operationId, query.exactSums().get(), statements, handler);
    }
  }

  /** DuckDB's sum failed before the result was read: the query's exact form runs instead. */
  private static final class DecimalSumOverflow extends RuntimeException {
    DecimalSumOverflow() {
      super(null, null, false, false);
    }
  }

  /** Runs a statement that answers with no rows to read (DuckDB's {@code COPY ... TO}), cancellable as a query. */
  void runStatement(String operationId, QueryText statementText, StatementSource statements) {
    execute(operationId, statementText, statements, java.sql.PreparedStatement::execute);
  }

  /** What is done with a prepared statement while it is registered as running. */
  private interface StatementAction {
    void apply(java.sql.PreparedStatement statement) throws SQLException, IOException;
  }

  private void execute(String operationId, QueryText query, StatementSource statements, StatementAction action) {
    UserFunctionCalls.Call calls = userFunctionCalls.open(query.userCallTag());
    try (KeptStatements.Lease lease = statements.prepare(query)) {
      java.sql.PreparedStatement statement = lease.statement();
      running.put(operationId, () -> {
        calls.cancel();
        try {
          statement.cancel();
        } catch (SQLException closedMeanwhile) {
          // the interrupted user code failed the query, which closed its statement: it has stopped already
          if (!statement.isClosed()) {
            throw closedMeanwhile;
          }
        }
      });
      if (statement.isWrapperFor(org.duckdb.DuckDBPreparedStatement.class)) {
        runningStatements.put(operationId, statement.unwrap(org.duckdb.DuckDBPreparedStatement.class));
      }
      requireNotCancelled(operationId);
      action.apply(statement);
      if (!cancelled.contains(operationId)) {
        lease.ranWell();
      }
    } catch (SQLException | IOException e) {
      if (cancelled.contains(operationId)) {
        throw DuckDbErrors.canceled();
      }
      throw DuckDbErrors.translate(String.valueOf(e.getMessage()), query.sql());
    } finally {
      runningStatements.remove(operationId);
      running.remove(operationId);
      cancelled.remove(operationId);
      userFunctionCalls.close(query.userCallTag());
    }
  }

  /** The progress DuckDB reports of the operation's running statement; empty when none runs or it does not know. */
  java.util.Optional<QueryProgress> progress(String operationId) {
    org.duckdb.DuckDBPreparedStatement statement = runningStatements.get(operationId);
    if (statement == null) {
      return java.util.Optional.empty();
    }
    try {
      org.duckdb.QueryProgress progress = statement.getQueryProgress();
      return progress.getTotalRowsToProcess() > 0 && progress.getPercentage() >= 0
          ? java.util.Optional.of(new QueryProgress(progress.getRowsProcessed(), progress.getTotalRowsToProcess()))
          : java.util.Optional.empty();
    } catch (SQLException | RuntimeException finished) {
      // the statement ended (closed) meanwhile
      return java.util.Optional.empty();
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

  /**
   * Cancels a running query; returns whether this call cancelled it (false when it is not running or was cancelled
   * already and is still stopping: Spark's interrupt reports each operation once).
   */
  boolean cancel(String operationId) {
    Canceller canceller = running.get(operationId);
    if (canceller == null || !cancelled.add(operationId)) {
      return false;
    }
    try {
      canceller.cancel();
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
    for (Canceller canceller : running.values()) {
      try {
        canceller.cancel();
      } catch (SQLException e) {
        failure = e;
      }
    }
    return failure;
  }
}
