package dev.ember.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runner's options, {@code --name=value}:
 * <pre>
 * --sf=0.1 --runs=3 --queries=all|1,6,13
 * --engines=default|duckdb,ember,ember-sql,ember-spark-sql,ember-loopback,spark,spark-sql
 * --root=bench --timeout=600 --spark-classpath=CP --spark-master=local[2] --spark-shuffle-partitions=4
 * --spark-heap=6g --memory-limit=4GB --temp-directory=DIR
 * </pre>
 * {@code --memory-limit} / {@code --temp-directory} go to every DuckDB (raw: {@code memory_limit} /
 * {@code temp_directory}; Ember: {@code spark.ember.duckdb.memoryLimit} / {@code tempDirectory}).
 * {@code default} is every engine but {@code spark-sql}, {@code spark} only when a Spark classpath is given (the
 * option, or the environment variable {@code EMBER_BENCH_SPARK_CLASSPATH}). {@code ember-spark-sql} and
 * {@code spark-sql} run Spark's own {@code tpch/qN.sql} text through {@code spark.sql}; the others the Dataset
 * programs of {@link TpchQueries} (raw DuckDB: its hand-written SQL).
 */
final class BenchmarkOptions {
    static final String REFERENCE = "duckdb";
    static final List<String> ALL_ENGINES =
        List.of("duckdb", "ember", "ember-sql", "ember-spark-sql", "ember-loopback", "spark", "spark-sql");

    final double scaleFactor;
    final String scaleFactorName;
    final int runs;
    final List<Integer> queries = new ArrayList<>();
    final List<String> engines;
    final Path root;
    final long timeoutSeconds;
    final String sparkClasspath;
    final String sparkMaster;
    final String sparkShufflePartitions;
    final String sparkHeap;
    final String memoryLimit;
    final String tempDirectory;

    BenchmarkOptions(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sf", "0.1");
        options.put("runs", "3");
        options.put("queries", "all");
        options.put("engines", "default");
        options.put("root", "bench");
        options.put("timeout", "600");
        options.put("spark-classpath", System.getenv().getOrDefault("EMBER_BENCH_SPARK_CLASSPATH", ""));
        options.put("spark-master", "local[2]");
        options.put("spark-shuffle-partitions", "4");
        options.put("spark-heap", "6g");
        options.put("memory-limit", "");
        options.put("temp-directory", "");
        for (String argument : args) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + argument);
            }
            String name = argument.substring(2, argument.indexOf('='));
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; options: " + options.keySet());
            }
            options.put(name, argument.substring(argument.indexOf('=') + 1));
        }
        scaleFactor = Double.parseDouble(options.get("sf"));
        scaleFactorName = scaleFactorText(scaleFactor);
        runs = Integer.parseInt(options.get("runs"));
        timeoutSeconds = Long.parseLong(options.get("timeout"));
        root = Path.of(options.get("root")).toAbsolutePath().normalize();
        sparkClasspath = options.get("spark-classpath").trim();
        sparkMaster = options.get("spark-master");
        sparkShufflePartitions = options.get("spark-shuffle-partitions");
        sparkHeap = options.get("spark-heap");
        memoryLimit = options.get("memory-limit").trim();
        tempDirectory = options.get("temp-directory").trim();
        if (options.get("queries").equals("all")) {
            for (int query = 1; query <= 22; query++) {
                queries.add(query);
            }
        } else {
            for (String query : options.get("queries").split(",")) {
                queries.add(Integer.parseInt(query.trim()));
            }
        }
        engines = engines(options.get("engines"));
    }

    private List<String> engines(String list) {
        List<String> chosen = new ArrayList<>();
        if (list.equals("default")) {
            chosen.addAll(ALL_ENGINES);
            chosen.remove("spark-sql");
            if (sparkClasspath.isEmpty()) {
                chosen.remove("spark");
            }
            return chosen;
        }
        chosen.addAll(Arrays.asList(list.split(",")));
        for (String engine : chosen) {
            if (!ALL_ENGINES.contains(engine)) {
                throw new IllegalArgumentException("engines: " + ALL_ENGINES + "; not " + engine);
            }
        }
        if (!chosen.contains(REFERENCE)) {
            throw new IllegalArgumentException("the engines must include " + REFERENCE + " (the reference answers)");
        }
        if (chosen.contains("ember-sql") && chosen.indexOf("ember-sql") < chosen.indexOf("ember")) {
            throw new IllegalArgumentException("ember-sql runs the SQL the ember engine generated: list it after ember");
        }
        if ((chosen.contains("spark") || chosen.contains("spark-sql")) && sparkClasspath.isEmpty()) {
            throw new IllegalArgumentException("the spark engine needs classic Spark's classpath: --spark-classpath=... "
                + "or EMBER_BENCH_SPARK_CLASSPATH (e.g. $(cat $SPARK_REF_BUILD/local.cp))");
        }
        return chosen;
    }

    /** The scale factor as the data directory and the queries' {@code ${SF}} spell it: 1, 0.1, 10. */
    static String scaleFactorText(double scaleFactor) {
        return scaleFactor == Math.rint(scaleFactor) ? Long.toString((long) scaleFactor) : Double.toString(scaleFactor);
    }
}
