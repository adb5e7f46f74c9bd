package dev.ember.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Apache Spark in local mode running the same {@link TpchQueries} programs. Compiled against the
 * Spark Connect client's API, but its JVM runs with classic Spark's classpath (spark-sql and its
 * dependencies, not the Connect client), where {@code SparkSession.builder()} builds a classic session.
 */
final class SparkLocalEngine implements EngineWorker.Engine {
    private final SparkSession spark;
    private final String dataDirectory;
    private final double scaleFactor;
    private final String master;
    private final String shufflePartitions;

    SparkLocalEngine(String dataDirectory, double scaleFactor, String master, String shufflePartitions) {
        this.master = master;
        this.shufflePartitions = shufflePartitions;
        this.spark = localSession(master, shufflePartitions);
        this.dataDirectory = dataDirectory;
        this.scaleFactor = scaleFactor;
    }

    /** Classic Spark in local mode, as the benchmarks run it: no UI, the given shuffle partitions. */
    static SparkSession localSession(String master, String shufflePartitions) {
        return SparkSession.builder().master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", shufflePartitions)
            .getOrCreate();
    }

    @Override
    public List<String> run(int query, boolean keep) {
        Dataset<Row> dataset = TpchQueries.query(query, spark, dataDirectory, scaleFactor);
        return EngineWorker.collect(dataset, keep);
    }

    @Override
    public double plan(int query, Path sqlFile) {
        return -1;
    }

    @Override
    public String version() {
        return describe(spark, master, shufflePartitions);
    }

    static String describe(SparkSession spark, String master, String shufflePartitions) {
        return "Apache Spark " + spark.version() + " classic, master " + master + ", spark.sql.shuffle.partitions="
            + shufflePartitions + " (AQE " + spark.conf().get("spark.sql.adaptive.enabled") + "), max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    @Override
    public void close() {
        spark.stop();
    }
}
