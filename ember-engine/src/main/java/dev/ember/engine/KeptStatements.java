package dev.ember.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements a query connection keeps for the statements that run again as they are ({@link
 * QueryText#runsAgain}, a reused plan's): running one again skips DuckDB's parsing, binding and planning. Kept by the
 * connection's time zone and the text (DuckDB binds some casts to the zone); DuckDB binds a kept statement again
 * itself when its catalog changed since. A statement goes back only once its run ended well: a failed or cancelled
 * one is closed. The least recently used go first, closed.
 */
final class KeptStatements implements AutoCloseable {
  /** How many statements a connection keeps. */
  private static final int KEPT = 16;

  /** Opens a statement of the connection. */
  interface Preparer {
    PreparedStatement prepare() throws SQLException;
  }

  /** A statement lent for one run; closing it keeps it (when it ran well and may run again) or closes it. */
  final class Lease implements AutoCloseable {
    private final String key;
    private final PreparedStatement statement;
    private boolean ranWell;

    private Lease(String key, PreparedStatement statement) {
      this.key = key;
      this.statement = statement;
    }

    PreparedStatement statement() {
      return statement;
    }

    /** The run ended well: the statement may be kept. */
    void ranWell() {
      ranWell = true;
    }

    @Override
    public void close() throws SQLException {
      if (key != null && ranWell && !statement.isClosed()) {
        keep(key, statement);
      } else {
        statement.close();
      }
    }
  }

  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

  /** A statement of {@code query}: a kept one when it runs again and one is kept, else a new one. */
  Lease lend(String zone, QueryText query, Preparer preparer) throws SQLException {
    if (!query.runsAgain() || !query.parameters().isEmpty()) {
      return new Lease(null, preparer.prepare());
    }
    String key = zone + '\n' + query.sql();
    PreparedStatement kept;
    synchronized (this) {
      kept = statements.remove(key);
    }
    return new Lease(key, kept != null && !kept.isClosed() ? kept : preparer.prepare());
  }

  private void keep(String key, PreparedStatement statement) throws SQLException {
    List<PreparedStatement> evicted = new ArrayList<>();
    synchronized (this) {
      PreparedStatement previous = statements.put(key, statement);
      if (previous != null && previous != statement) {
        evicted.add(previous);
      }
      var eldest = statements.entrySet().iterator();
      while (statements.size() > KEPT) {
        evicted.add(eldest.next().getValue());
        eldest.remove();
      }
    }
    for (PreparedStatement old : evicted) {
      old.close();
    }
  }

  @Override
  public void close() throws SQLException {
    List<PreparedStatement> all;
    synchronized (this) {
      all = new ArrayList<>(statements.values());
      statements.clear();
    }
    for (PreparedStatement statement : all) {
      statement.close();
    }
  }
}
