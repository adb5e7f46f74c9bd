package dev.ember.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final String TRIVIAL_QUERY = "SELECT 1";
    private final SparkSession spark;
    private final Path queryDirectory;
    private final String description;
    private boolean plannerWarm;
    private long plans;
    private double planCalls = Double.NaN;

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

    /**
     * Ember's planning of query {@code query}'s text (Spark's own SQL engine: -1, not timed): from the {@code spark.sql}
     * call, which parses the text, to the answer of its explain request, which analyzes it and generates DuckDB's SQL;
     * each run's text is new (a comment numbers it), so no parse is reused. The median of
     * {@link EmberSessionEngine#PLAN_RUNS} after the JIT has planned every query's text
     * {@link EmberSessionEngine#WARM_UP_PASSES} times.
     */
    @Override
    public double plan(int query, Path sqlFile) throws IOException, InterruptedException {
        if (!(spark instanceof org.apache.spark.sql.connect.SparkSession session)) {
            return -1;
        }
        if (!plannerWarm) {
            List<String> texts = new ArrayList<>();
            try (Stream<Path> files = Files.list(queryDirectory)) {
                for (Path file : (Iterable<Path>) files.filter(path -> path.getFileName().toString()
                        .matches("q\\d+\\.sql")).sorted()::iterator) {
                    texts.add(Files.readString(file));
                }
            }
            texts.add(TRIVIAL_QUERY);
            for (int pass = 0; pass < EmberSessionEngine.WARM_UP_PASSES; pass++) {
                texts.forEach(text -> explain(session, text));
            }
            plannerWarm = true;
            EmberSessionEngine.awaitCompilerIdle();
        }
        planCalls = medianPlan(session, TRIVIAL_QUERY);
        return medianPlan(session, Files.readString(queryFile(queryDirectory, query)));
    }

    /**
     * The same two calls on a query that needs next to no planning, timed just before the query's: what of the
     * query's time is the client's calls and their transport.
     */
    @Override
    public double planCalls() {
        return planCalls;
    }

    private double medianPlan(org.apache.spark.sql.connect.SparkSession session, String text) {
        double[] milliseconds = new double[EmberSessionEngine.PLAN_RUNS];
        for (int i = 0; i < milliseconds.length; i++) {
            long start = System.nanoTime();
            explain(session, text);
            milliseconds[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(milliseconds);
        return milliseconds[milliseconds.length / 2];
    }

    /** {@code spark.sql} of the text made new by a numbered comment, then its explain of Ember's planning alone. */
    private void explain(org.apache.spark.sql.connect.SparkSession session, String text) {
        EmberSessionEngine.explainCodegen(session.sql(text + "\n-- planned " + (++plans) + "\n"));
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
