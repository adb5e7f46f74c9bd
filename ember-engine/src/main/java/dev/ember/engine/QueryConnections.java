package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import org.duckdb.DuckDBConnection;

/**
 * The connections a session's queries run on, one per running query, kept for the next query once it is done
 * (a new connection costs little, but setting it up — Ember's depth limit, the session's time zone — costs a
 * millisecond or so).
 */
final class QueryConnections implements AutoCloseable {
  /** How many idle connections a session keeps. */
  private static final int KEPT = 4;

  /** A connection and the time zone it is set to (also a session's own connection). */
  static final class QueryConnection {
    private final DuckDBConnection connection;
    private final KeptStatements kept = new KeptStatements();
    private String timeZone;
    private boolean profiling;

    QueryConnection(DuckDBConnection connection) {
      this.connection = connection;
    }

    /** A statement with the connection set to {@code zone} (a Java zone id). */
    Statement statement(String zone) throws SQLException {
      useZone(zone);
      return connection.createStatement();
    }

    /** {@code query} prepared with its parameters bound, the connection set to {@code zone}. */
    java.sql.PreparedStatement prepare(String zone, QueryText query) throws SQLException {
      useZone(zone);
      java.sql.PreparedStatement statement = connection.prepareStatement(query.sql());
      try {
        for (int i = 0; i < query.parameters().size(); i++) {
          statement.setString(i + 1, query.parameters().get(i));
        }
      } catch (SQLException | RuntimeException e) {
        statement.close();
        throw e;
      }
      return statement;
    }

    /** A statement of {@code query} for one run, the connection set to {@code zone}: kept when it runs again. */
    KeptStatements.Lease lend(String zone, QueryText query) throws SQLException {
      useZone(zone);
      return kept.lend(zone, query, () -> prepare(zone, query));
    }

    /** Makes DuckDB profile the statements of this connection from now on (kept for {@link #profileJson}). */
    void profile(StatementObserver observer) {
      if (profiling) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA enable_profiling = 'no_output'");
        profiling = true;
      } catch (SQLException e) {
        throw SparkErrors.internal("Could not enable DuckDB's profiling: " + e.getMessage());
      }
    }

    /** DuckDB's JSON profile of the last statement this connection ran, when it is profiled and has one. */
    java.util.Optional<String> profileJson() {
      if (!profiling) {
        return java.util.Optional.empty();
      }
      try {
        String json = connection.getProfilingInformation(org.duckdb.ProfilerPrintFormat.JSON);
        return json == null || json.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(json);
      } catch (SQLException | RuntimeException noProfile) {
        // the statement failed before DuckDB ran it: there is nothing to show
        return java.util.Optional.empty();
      }
    }

    /** Sets the connection's TimeZone when it is not {@code zone} already. */
    private void useZone(String zone) throws SQLException {
      if (!zone.equals(timeZone)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET TimeZone = '" + zone.replace("'", "''") + "'");
        }
        timeZone = zone;
      }
    }
  }

  private final DuckDBConnection source;
  private final Deque<QueryConnection> idle = new ArrayDeque<>();
  private boolean closed;

  QueryConnections(DuckDBConnection source) {
    this.source = source;
  }

  synchronized QueryConnection take() {
    if (!idle.isEmpty()) {
      return idle.pop();
    }
    try {
      return new QueryConnection(EmberEngine.connectionLike(source));
    } catch (SQLException e) {
      throw SparkErrors.internal("Could not open a DuckDB connection: " + e.getMessage());
    }
  }

  /** Back for the next query, once the query's statement and result are closed. */
  synchronized void give(QueryConnection connection) {
    if (!closed && idle.size() < KEPT) {
      idle.push(connection);
      return;
    }
    close(connection);
  }

  @Override
  public synchronized void close() {
    closed = true;
    while (!idle.isEmpty()) {
      close(idle.pop());
    }
  }

  private static void close(QueryConnection connection) {
    try {
      connection.kept.close();
      connection.connection.close();
    } catch (SQLException e) {
      throw SparkErrors.internal("Could not close a DuckDB connection: " + e.getMessage());
    }
  }
}
