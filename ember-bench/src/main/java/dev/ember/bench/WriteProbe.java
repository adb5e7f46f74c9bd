package dev.ember.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One process of {@link WriteBenchmark}: TPC-H {@code lineitem} (Parquet) written to Parquet, plainly or partitioned
 * by {@code l_shipmode}, by one engine — {@code ember} ({@code df.write()} on {@code Ember.session()}), {@code duckdb}
 * (its own {@code COPY ... TO}) or {@code spark} (classic Spark 4.2.0 {@code df.write()}, {@code local[2]}). Arguments:
 * {@code LAYOUT-ENGINE LAUNCH_EPOCH_MS DATA_DIR OUT_DIR}. A warm-up write, then the measured one, into a fresh
 * directory each; prints {@code @@phase} lines and {@code @@rss}.
 */
public final class WriteProbe {
    static final String WRITE = "write";
    static final String WARM_UP = "warm-up write";

    private WriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String[] layoutAndEngine = args[0].split("-", 2);
        StartupProbe.phase("jvm start to main", main - Long.parseLong(args[1]));
        boolean partitioned = layoutAndEngine[0].equals("partitioned");
        String lineitem = Path.of(args[2]).resolve("lineitem").toString();
        Path out = Path.of(args[3]);
        Writer writer = writer(layoutAndEngine[1], lineitem, partitioned);
        for (String phase : new String[] {WARM_UP, WRITE}) {
            Path target = out.resolve(args[0] + "-" + phase.replace(' ', '_'));
            delete(target);
            long started = System.nanoTime();
            writer.write(target);
            StartupProbe.phase(phase, (System.nanoTime() - started) / 1e6);
            delete(target);
        }
        StartupProbe.printPeakResident();
        System.exit(0);
    }

    @FunctionalInterface
    interface Writer {
        void write(Path target) throws Exception;
    }

    static Writer writer(String engine, String lineitem, boolean partitioned) throws Exception {
        return switch (engine) {
            case "duckdb" -> duckdb(lineitem, partitioned);
            case "ember" -> dataFrame(LocalDataProbe.EmberSessions.embedded(), lineitem, partitioned);
            case "spark" -> dataFrame(StartupProbe.sparkLocal(), lineitem, partitioned);
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    private static Writer dataFrame(SparkSession spark, String lineitem, boolean partitioned) {
        return target -> {
            DataFrameWriter<Row> writer = spark.read().parquet(lineitem).write().mode("overwrite");
            if (partitioned) {
                writer = writer.partitionBy("l_shipmode");
            }
            writer.parquet(target.toString());
        };
    }

    private static Writer duckdb(String lineitem, boolean partitioned) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        return target -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY (SELECT * FROM read_parquet('" + lineitem + "/*.parquet')) TO '" + target
                    + "' (FORMAT parquet" + (partitioned ? ", PARTITION_BY (l_shipmode)" : "") + ")");
            }
        };
    }

    private static void delete(Path target) throws java.io.IOException {
        if (Files.exists(target)) {
            try (var walk = Files.walk(target)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
