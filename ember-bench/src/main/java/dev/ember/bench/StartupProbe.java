package dev.ember.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One measured process of {@link StartupBenchmark}: prints {@code @@phase NAME MS} lines, then
 * {@code @@rss MIB} (the peak resident set, VmHWM of /proc/self/status) and exits.
 * <pre>StartupProbe cold-ember|cold-spark|cold-duckdb|collect-ember|collect-spark LAUNCH_EPOCH_MS [ROWS RUNS]</pre>
 * Cold start: launch → main (JVM start), the session, the first RPC (Ember: {@code spark.version()}, which
 * waits for the engine whose DuckDB loads in the background), the first {@code show()}. {@code cold-duckdb}
 * times DuckDB's native load and connection alone. Collect: {@code collectAsList()} of ROWS rows × 5
 * columns (long, long, double, int, string), RUNS times after a warm-up, as rows per second.
 */
public final class StartupProbe {
    private static long last;

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String mode = args[0];
        phase("jvm start to main", main - Long.parseLong(args[1]));
        last = System.nanoTime();
        if (mode.equals("cold-duckdb")) {
            try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
                phase("duckdb native load + connect", lap());
                try (var statement = connection.createStatement(); var result = statement.executeQuery("SELECT 42")) {
                    result.next();
                }
                phase("first query", lap());
            }
        } else {
            boolean ember = mode.endsWith("-ember");
            SparkSession spark = ember ? EmberStart.session() : sparkLocal();
            phase(ember ? "client + session init" : "session init (SparkContext)", lap());
            if (ember) {
                spark.version();
                phase("first RPC (waits for the engine: DuckDB load)", lap());
            }
            if (mode.startsWith("cold-")) {
                spark.range(1000).withColumn("k", col("id").mod(10)).groupBy("k").count().orderBy("k").show();
                phase("first show()", lap());
            } else {
                collect(spark, Long.parseLong(args[2]), Integer.parseInt(args[3]));
            }
        }
        printPeakResident();
        System.exit(0);
    }

    static void collect(SparkSession spark, long rows, int runs) {
        for (int run = 0; run <= runs; run++) {
            Dataset<Row> dataset = spark.range(rows).select(col("id"), col("id").multiply(2).as("twice"),
                col("id").cast("double").as("real"), col("id").mod(1000).cast("int").as("small"),
                concat(lit("s"), col("id")).as("text"));
            long start = System.nanoTime();
            long collected = collectedRows(dataset);
            double milliseconds = (System.nanoTime() - start) / 1e6;
            if (collected != rows) {
                throw new IllegalStateException("collected " + collected + " rows, not " + rows);
            }
            phase(run == 0 ? "collect warm-up" : "collect " + run, milliseconds);
        }
        last = System.nanoTime();
    }

    /** The rows are unreachable once this returns, so that one collect's rows never share the heap with the next's. */
    private static long collectedRows(Dataset<Row> dataset) {
        List<Row> collected = dataset.collectAsList();
        return collected.size();
    }

    static SparkSession sparkLocal() {
        return SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4").config("spark.driver.maxResultSize", "0").getOrCreate();
    }

    /** Kept apart so that the Spark probe (classic Spark's classpath, no Ember) never resolves dev.ember.Ember. */
    static final class EmberStart {
        static SparkSession session() {
            return dev.ember.Ember.session();
        }
    }

    private static double lap() {
        long now = System.nanoTime();
        double milliseconds = (now - last) / 1e6;
        last = now;
        return milliseconds;
    }

    static void phase(String name, double milliseconds) {
        System.out.printf(Locale.ROOT, "@@phase %s\t%.1f%n", name, milliseconds);
    }

    /** The last line a probe prints: its peak RSS so far (the parent reads it as the process's). */
    static void printPeakResident() throws IOException {
        System.out.printf(Locale.ROOT, "@@rss %.1f%n", peakResidentMebibytes());
        System.out.flush();
    }

    static double peakResidentMebibytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
