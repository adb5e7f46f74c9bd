package dev.ember.engine;

import dev.ember.engine.arrow.DuckDbArrowExport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.apache.arrow.memory.BufferAllocator;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Arrow export, started on a thread of its own: its JNI library and classes cost 0.5-1 s
 * cold, which the engine does not wait for. Until it is ready results take the JDBC row path (the
 * first results of a session are usually small), unless a session asked for the export explicitly.
 */
final class ArrowExportStart {
  private final CompletableFuture<Boolean> working;

  private ArrowExportStart(CompletableFuture<Boolean> working) {
    this.working = working;
  }

  /** Starts trying the export on a connection of its own to {@code database}. */
  static ArrowExportStart begin(DuckDBConnection database, BufferAllocator allocator) throws SQLException {
    Connection connection = database.duplicate();
    CompletableFuture<Boolean> working = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try (connection) {
        working.complete(DuckDbArrowExport.warmUp(connection, allocator));
      } catch (SQLException | RuntimeException e) {
        working.completeExceptionally(e);
      }
    }, "ember-arrow-start");
    thread.setDaemon(true);
    thread.start();
    return new ArrowExportStart(working);
  }

  /** Whether the export works and has started; never waits. */
  boolean readyNow() {
    return working.isDone() && !working.isCompletedExceptionally() && working.join();
  }

  /** Whether the export works, once it has started. */
  boolean awaitReady() {
    try {
      return working.join();
    } catch (java.util.concurrent.CompletionException e) {
      return false;
    }
  }
}
