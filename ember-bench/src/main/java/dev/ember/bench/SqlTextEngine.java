package dev.ember.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A benchmark's queries as SQL text through {@code spark.sql}: Spark's own {@code tpch/} and {@code tpcds/}
 * query files, on any session — embedded Ember or classic Spark in local mode. Every table directory under
 * the data directory is a temporary view over its Parquet files; query {@code n} is {@code q<nnn>.sql} of
 * the query directory the runner wrote.
 */
final class SqlTextEngine implements EngineWorker.Engine {
    private final SparkSession spark;
    private final Path queryDirectory;
    private final String description;

    SqlTextEngine(SparkSession spark, String dataDirectory, Path queryDirectory, String description) throws IOException {
        this.spark = spark;
        this.queryDirectory = queryDirectory;
        this.description = description;
        try (Stream<Path> tables = Files.list(Path.of(dataDirectory))) {
            for (Path table : (Iterable<Path>) tables.filter(Files::isDirectory).sorted()::iterator) {
                spark.read().parquet(table.toString()).createOrReplaceTempView(table.getFileName().toString());
            }
        }
    }

    static Path queryFile(Path queryDirectory, int query) {
        return queryDirectory.resolve(String.format("q%03d.sql", query));
    }

    @Override
    public List<String> run(int query, boolean keep) throws IOException {
        Dataset<Row> dataset = spark.sql(Files.readString(queryFile(queryDirectory, query)));
        return EngineWorker.collect(dataset, keep);
    }

    @Override
    public double plan(int query, Path sqlFile) {
        return -1;
    }

    @Override
    public String version() {
        return description + " (spark.sql on " + spark.version() + ")";
    }

    @Override
    public void close() throws IOException {
        spark.close();
    }
}
