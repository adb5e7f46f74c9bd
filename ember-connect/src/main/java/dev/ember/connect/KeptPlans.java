package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.plan.logical.LogicalPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * A session's prepared queries, so that running the same query again — {@code spark.sql} of the same text and
 * arguments, the same DataFrame program: a dashboard's refresh, a test's assertions, a loop — skips parsing, analysis
 * and SQL generation, and runs the very statement DuckDB prepared before (the engine keeps it: {@code KeptStatements}).
 * Kept by the relation with its plan ids numbered ({@link PlanKeys}).
 *
 * <p>An entry holds while nothing its analysis read has changed: any command, conf change, cache change or upload in
 * any session marks every entry stale ({@link #stateChanged}: tables and functions may be shared), and the files a
 * query reads must look as they did ({@link FileSignature}). Queries whose analysis draws a value for one run, or that
 * run user code, are never kept ({@link ReusableQueries}).
 */
final class KeptPlans {
  /** How many queries a session keeps (the least recently run go first). */
  private static final int KEPT = 64;
  /** Counts the changes of state a query's analysis may read, in every session of this JVM. */
  private static final AtomicLong STATE = new AtomicLong();

  private record Entry(long state, QueryRunner.PreparedQuery query, FileSignature files) {
  }

  private final AtomicLong reuses = new AtomicLong();
  private final Map<ByteString, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ByteString, Entry> eldest) {
      return size() > KEPT;
    }
  };

  /** Something a query's analysis reads may have changed (after the change, never before it): no entry holds. */
  static void stateChanged() {
    STATE.incrementAndGet();
  }

  /**
   * The prepared query of {@code relation} (whose plan {@code plan} translates): the kept one when it still holds, else
   * prepared now, and kept when it may be ({@link PlanKeys}, {@link ReusableQueries}).
   */
  QueryRunner.PreparedQuery prepare(org.apache.spark.connect.proto.Relation relation, EngineSession session,
      Supplier<LogicalPlan> plan) {
    java.util.Optional<ByteString> key = PlanKeys.of(relation);
    return key.isPresent() ? prepare(key.get(), session, plan) : QueryRunner.prepare(session, plan.get());
  }

  private QueryRunner.PreparedQuery prepare(ByteString key, EngineSession session, Supplier<LogicalPlan> plan) {
    long state = STATE.get();
    Entry known;
    synchronized (this) {
      known = entries.get(key);
    }
    if (known != null) {
      if (known.state() == state && known.files().unchanged()) {
        QueryHistory.notePrepared(session, known.query());
        reuses.incrementAndGet();
        return known.query();
      }
      synchronized (this) {
        entries.remove(key, known);
      }
    }
    QueryRunner.PreparedQuery prepared = QueryRunner.prepare(session, plan.get());
    java.util.Optional<FileSignature> files = ReusableQueries.signature(prepared);
    if (files.isEmpty()) {
      return prepared;
    }
    QueryRunner.PreparedQuery kept = prepared.runningAgain();
    synchronized (this) {
      entries.put(key, new Entry(state, kept, files.get()));
    }
    return kept;
  }

  /** How many times a query ran on its kept plan. */
  long reuses() {
    return reuses.get();
  }
}
