package dev.ember.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TPC-DS benchmark: Spark's own 103 query files ({@code tpcds/q1.sql}…{@code q99.sql} with the variants of
 * q14, q23, q24, q39) through {@code spark.sql} on Ember embedded and on Apache Spark 4.2.0 in local mode, side
 * by side on the same Parquet files ({@link TpcdsData}). Per query: a warm-up on each engine whose result (column
 * names, types and rows) must be Spark's, then N measured runs alternating the engines. Writes
 * {@code <root>/results/tpcds-sf<SF>/report.md} and {@code report.csv}; exits with 1 when a query fails or
 * differs. Options ({@code --name=value}): {@code sf} (1), {@code runs} (1), {@code queries} ({@code all} or
 * {@code q3,q14a}), {@code root}, {@code timeout} (seconds per call, 900), {@code spark-classpath} (classic Spark's;
 * without it only Ember runs, unchecked), {@code spark-master} (local[2]), {@code spark-shuffle-partitions} (4),
 * {@code spark-heap} (6g).
 */
public final class TpcdsBenchmark {
    static final String EMBER = "ember";
    static final String SPARK = "spark";

    private TpcdsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String scaleFactor = BenchmarkOptions.scaleFactorText(Double.parseDouble(options.get("sf")));
        int runs = Integer.parseInt(options.get("runs"));
        Path root = Path.of(options.get("root")).toAbsolutePath().normalize();
        Path data = TpcdsData.ensure(scaleFactor, root.resolve("data").resolve("tpcds").resolve("sf" + scaleFactor));
        Path work = root.resolve("data").resolve("work").resolve("tpcds-sf" + scaleFactor);
        Path results = root.resolve("results").resolve("tpcds-sf" + scaleFactor);
        Files.createDirectories(results);

        List<String> names = SparkQueryFiles.names("tpcds");
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            texts.add(SparkQueryFiles.text("tpcds", name));
        }
        Path queries = work.resolve("queries");
        SparkQueryFiles.write(queries, texts);
        List<Integer> chosen = chosenQueries(options.get("queries"), names);

        List<String> engines = new ArrayList<>();
        String sparkClasspath = options.get("spark-classpath").trim();
        if (!sparkClasspath.isEmpty()) {
            engines.add(SPARK);
        }
        engines.add(EMBER);
        String loadBefore = BenchmarkRunner.loadAverage();
        System.out.printf("TPC-DS SF%s, %d queries, %d measured run(s) each, engines %s; load average %s%n",
            scaleFactor, chosen.size(), runs, engines, loadBefore);
        long timeout = Long.parseLong(options.get("timeout"));
        Map<String, EngineProcess> processes = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String engine : engines) {
            List<String> command;
            List<String> parameters = new ArrayList<>();
            if (engine.equals(SPARK)) {
                command = EngineLaunch.sparkJava(root, options.get("spark-heap"), sparkClasspath);
                parameters.addAll(List.of(options.get("spark-master"), options.get("spark-shuffle-partitions")));
            } else {
                command = EngineLaunch.emberJava("", "");
            }
            parameters.add(queries.toString());
            command.addAll(List.of(EngineWorker.class.getName(), engine.equals(SPARK) ? "spark-sql" : "ember-spark-sql",
                data.toString(), scaleFactor, work.resolve(engine).toString()));
            command.addAll(parameters);
            EngineProcess process = new EngineProcess(engine, command, timeout);
            processes.put(engine, process);
            versions.put(engine, process.version);
        }
        List<QueryResult> out = new ArrayList<>();
        for (int query : chosen) {
            QueryResult result = new QueryResult(query);
            out.add(result);
            for (String engine : engines) {
                String[] warm = processes.get(engine).call("warm " + query);
                if (warm == null) {
                    BenchmarkRunner.failed(result, processes.get(engine));
                } else {
                    result.rows.put(engine, Long.parseLong(warm[1]));
                    result.firstRunMilliseconds.put(engine, Double.parseDouble(warm[0]));
                }
            }
            result.check = check(query, engines, work, result);
            BenchmarkRunner.measure(query, runs, engines, processes, result);
            System.out.println(TpcdsReport.line(names.get(query - 1), result, engines));
        }
        for (EngineProcess process : processes.values()) {
            process.close();
        }
        TpcdsReport report = new TpcdsReport(scaleFactor, runs, engines, versions, names, out, loadBefore,
            BenchmarkRunner.loadAverage());
        Files.writeString(results.resolve("report.md"), report.markdown());
        Files.writeString(results.resolve("report.csv"), report.csv());
        System.out.println();
        System.out.println(report.summary());
        System.out.println("idle waits: " + QuietEngines.summary());
        System.out.println("report: " + results.resolve("report.md"));
        System.exit(out.stream().allMatch(QueryResult::passed) ? 0 : 1);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sf", "1");
        options.put("runs", "1");
        options.put("queries", "all");
        options.put("root", "bench");
        options.put("timeout", "900");
        options.put("spark-classpath", System.getenv().getOrDefault("EMBER_BENCH_SPARK_CLASSPATH", ""));
        options.put("spark-master", "local[2]");
        options.put("spark-shuffle-partitions", "4");
        options.put("spark-heap", "6g");
        for (String argument : args) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0 || !options.containsKey(argument.substring(2, equals))) {
                throw new IllegalArgumentException("options are --name=value of " + options.keySet() + ", not " + argument);
            }
            options.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return options;
    }

    /** 1-based indexes into {@code names} of {@code all} or a list such as {@code q3,q14a}. */
    static List<Integer> chosenQueries(String list, List<String> names) {
        List<Integer> chosen = new ArrayList<>();
        if (list.equals("all")) {
            for (int i = 1; i <= names.size(); i++) {
                chosen.add(i);
            }
            return chosen;
        }
        for (String name : list.split(",")) {
            int index = names.indexOf(name.trim());
            if (index < 0) {
                throw new IllegalArgumentException("no TPC-DS query " + name + "; queries: " + names);
            }
            chosen.add(index + 1);
        }
        return chosen;
    }

    /**
     * Ember's result against Spark's: the same column names and types, and the same rows in the same order
     * ("ok"), or in another order where the query leaves ties ("ok (ties ordered differently)").
     */
    static String check(int query, List<String> engines, Path work, QueryResult result) throws Exception {
        if (!engines.contains(SPARK)) {
            return "ok (unchecked: no Spark)";
        }
        if (!result.errors.isEmpty()) {
            return result.errors.containsKey(SPARK) ? "spark failed" : "ember failed";
        }
        List<String> expected = Files.readAllLines(work.resolve(SPARK).resolve(String.format("q%02d.tsv", query)),
            StandardCharsets.UTF_8);
        List<String> actual = Files.readAllLines(work.resolve(EMBER).resolve(String.format("q%02d.tsv", query)),
            StandardCharsets.UTF_8);
        if (!expected.get(0).equals(actual.get(0))) {
            return "WRONG schema: " + actual.get(0) + " != " + expected.get(0);
        }
        List<String> expectedRows = expected.subList(1, expected.size());
        List<String> actualRows = actual.subList(1, actual.size());
        String why = Values.compareRows(expectedRows, actualRows);
        if (why == null) {
            return "ok";
        }
        return Values.compareRows(Values.sorted(expectedRows), Values.sorted(actualRows)) == null
            ? "ok (ties ordered differently)" : "WRONG: " + why;
    }
}
