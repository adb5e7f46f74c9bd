package dev.ember.bench;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The result path's throughput: {@code collectAsList()} and {@code toLocalIterator()} of a large
 * result (long, int, double, string and date columns) through {@code Ember.session()}, in
 * one JVM, several runs, rows per second; and the time to a first tiny result.
 * {@code java -cp ... dev.ember.bench.CollectProbe [rows=10000000] [runs=5] [client|server]}
 * ({@code server}: the engine alone, the same result as Arrow IPC bytes, DuckDB's Arrow export
 * against the JDBC row path, interleaved; no client decoding).
 */
public final class CollectProbe {
  private CollectProbe() {
  }

  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (args.length > 2 && args[2].equals("server")) {
      ServerSideProbe.run(rows, runs);
      System.exit(0);
    }
    long start = System.nanoTime();
    SparkSession spark = dev.ember.Ember.session();
    long sessionMillis = (System.nanoTime() - start) / 1_000_000;
    long firstRows = spark.range(3).collectAsList().size();
    System.out.printf("session %d ms, + first collect of %d rows: %d ms%n", sessionMillis, firstRows,
        (System.nanoTime() - start) / 1_000_000);
    start = System.nanoTime();
    spark.range(5).show();
    System.out.printf("first show(): %d ms%n", (System.nanoTime() - start) / 1_000_000);
    for (int run = 1; run <= runs; run++) {
      for (String export : new String[] {"true", "false"}) {
        // spark.ember.result.arrowExport=false: the JDBC row path, for comparison in the same JVM
        spark.conf().set("spark.ember.result.arrowExport", export);
        String path = export.equals("true") ? "arrow export" : "JDBC rows";
        start = System.nanoTime();
        List<Row> collected = dataset(spark, rows).collectAsList();
        report("collectAsList", path, run, collected.size(), start);
        collected = null;
        System.gc();
        start = System.nanoTime();
        Iterator<Row> iterator = dataset(spark, rows).toLocalIterator();
        long count = 0;
        while (iterator.hasNext()) {
          iterator.next();
          count++;
        }
        report("toLocalIterator", path, run, count, start);
      }
    }
    System.exit(0);
  }

  /** Five realistic columns: id (long), small (int), price (double), label (string), day (date). */
  static Dataset<Row> dataset(SparkSession spark, long rows) {
    return spark.range(rows).select(
        col("id"),
        col("id").mod(1000).cast("int").as("small"),
        col("id").multiply(1.5).as("price"),
        functions.concat(functions.lit("item-"), col("id").mod(97).cast("string")).as("label"),
        functions.date_add(functions.lit(java.sql.Date.valueOf("2000-01-01")), col("id").mod(3650).cast("int")).as("day"));
  }

  private static void report(String what, String path, int run, long count, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("%-16s %-12s run %d: %,d rows in %.2f s = %.2f M rows/s (heap used %d MiB)%n", what, path, run,
        count, seconds,
        count / seconds / 1e6, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }
}
