package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.StatementObserver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations of a service, running and finished (the last {@link #DEFAULT_KEPT} of those), for a server's tools
 * (the web UI). Off until a tool asks for it ({@link EmberConnectService#recordQueries}): then each operation is
 * recorded with the plan it ran and its DuckDB statements with their profiles.
 */
public final class QueryHistory implements StatementObserver {
  /** How many finished operations are kept by default. */
  public static final int DEFAULT_KEPT = 200;

  /** The record of the operation the current thread runs, for {@link QueryRunner} to note its plan. */
  private static final ThreadLocal<QueryRecord> CURRENT = new ThreadLocal<>();

  private final int kept;
  private final Map<String, QueryRecord> running = new ConcurrentHashMap<>();
  private final Deque<QueryRecord> finished = new ArrayDeque<>();

  QueryHistory(int kept) {
    this.kept = kept;
  }

  /** Records an operation starting on this thread. */
  QueryRecord start(QueryRecord record) {
    running.put(record.operationId(), record);
    CURRENT.set(record);
    return record;
  }

  /** The operation ended (its record says how): it moves to the finished ones. */
  void end(QueryRecord record) {
    CURRENT.remove();
    running.remove(record.operationId());
    synchronized (finished) {
      finished.addFirst(record);
      while (finished.size() > kept) {
        finished.removeLast();
      }
    }
  }

  /** The running operations, the latest first. */
  public List<QueryRecord> running() {
    List<QueryRecord> records = new ArrayList<>(running.values());
    records.sort(java.util.Comparator.comparingLong(QueryRecord::startMillis).reversed());
    return records;
  }

  /** The finished operations kept, the latest first. */
  public List<QueryRecord> finished() {
    synchronized (finished) {
      return List.copyOf(finished);
    }
  }

  /** The operation of this id, running or kept. */
  public Optional<QueryRecord> find(String operationId) {
    QueryRecord record = running.get(operationId);
    if (record != null) {
      return Optional.of(record);
    }
    return finished().stream().filter(kept -> kept.operationId().equals(operationId)).findFirst();
  }

  @Override
  public void executed(String sessionKey, String operationId, String sql, long nanos, Optional<String> profileJson) {
    QueryRecord record = running.get(operationId);
    if (record != null && record.sessionKey().equals(sessionKey)) {
      record.executed(new ExecutedStatement(sql, nanos, profileJson));
    }
  }

  /**
   * Notes the plan of the query the current thread's operation prepared (its last one: the query a {@code show()} or
   * {@code collect()} runs); nothing when no operation is recorded.
   */
  static void notePrepared(EngineSession session, QueryRunner.PreparedQuery query) {
    QueryRecord record = CURRENT.get();
    if (record != null) {
      String sql = dev.ember.sqlgen.SqlLayout.of(query.sql().sql());
      try {
        record.planned(dev.ember.sqlgen.Explanation.analyzedPlan(session, query.plan()), sql);
      } catch (RuntimeException unprintable) {
        // the query runs all the same: the page says why its plan is missing
        record.planned("(the plan could not be printed: " + unprintable + ")", sql);
      }
    }
  }
}
