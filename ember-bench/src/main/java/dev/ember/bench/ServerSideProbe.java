package dev.ember.bench;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.QueryText;
import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * {@link CollectProbe}'s result as the server produces it (Arrow IPC bytes), without the client:
 * DuckDB's Arrow export ({@code executeInArrowBatches}) against JDBC rows encoded in Java
 * ({@code executeInBatches} + the row encoder), interleaved in one JVM.
 */
final class ServerSideProbe {
  private static final StructType SCHEMA = new StructType(List.of(
      new StructField("id", AtomicType.LONG, false),
      new StructField("small", AtomicType.INTEGER, false),
      new StructField("price", AtomicType.DOUBLE, false),
      new StructField("label", AtomicType.STRING, false),
      new StructField("day", AtomicType.DATE, false)));

  private ServerSideProbe() {
  }

  static void run(long rows, int runs) {
    String sql = "SELECT id, CAST(id % 1000 AS INTEGER) AS small, CAST(id AS DOUBLE) * 1.5 AS price, "
        + "'item-' || CAST(id % 97 AS VARCHAR) AS label, CAST(DATE '2000-01-01' + CAST(id % 3650 AS INTEGER) AS DATE) AS day "
        + "FROM range(" + rows + ") AS t(id)";
    try (EmberEngine engine = EmberEngine.start()) {
      EngineSession session = engine.session("probe");
      for (int run = 1; run <= runs; run++) {
        long start = System.nanoTime();
        long[] totals = new long[2];
        session.executeInArrowBatches("arrow", QueryText.of(sql), SCHEMA, 10_000, batch -> add(totals, batch));
        report("arrow export", run, totals, start);
        start = System.nanoTime();
        long[] rowTotals = new long[2];
        session.executeInBatches("rows", QueryText.of(sql), SCHEMA, 10_000,
            batch -> session.encode(new QueryResult(SCHEMA, batch), 10_000).forEach(encoded -> add(rowTotals, encoded)));
        report("JDBC rows", run, rowTotals, start);
      }
    }
  }

  private static void add(long[] totals, ArrowBatch batch) {
    totals[0] += batch.rowCount();
    totals[1] += batch.data().length;
  }

  private static void report(String what, int run, long[] totals, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("server %-12s run %d: %,d rows (%d MiB of Arrow) in %.2f s = %.2f M rows/s%n", what, run,
        totals[0], totals[1] >> 20, seconds, totals[0] / seconds / 1e6);
  }
}
