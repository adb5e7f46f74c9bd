package dev.ember.bench;

import static dev.ember.bench.BenchmarkOptions.REFERENCE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TPC-H benchmark: generates the data once (cached), starts one JVM per engine, and for each query
 * runs a warm-up on every engine (whose rows are cross-checked against raw DuckDB's) and then N
 * measured runs, alternating engines so that load from elsewhere hits them alike. Writes
 * {@code <root>/results/sf<SF>/report.md}, {@code report.csv}, {@code ratios.svg} and Ember's generated
 * SQL per query. Options: {@link BenchmarkOptions}.
 * Engines: {@code duckdb} (raw DuckDB JDBC on the hand-written SQL: the floor and the reference answers),
 * {@code ember} (Ember embedded: the Spark Connect client on {@code Ember.session()}), {@code ember-sql}
 * (raw DuckDB JDBC on the SQL Ember generated for the query: separates the cost of the SQL's shape from
 * Ember's own overhead), {@code ember-spark-sql} (Ember embedded on Spark's own {@code tpch/qN.sql} text through
 * {@code spark.sql}), {@code ember-loopback} (the Spark Connect client over a loopback socket to an
 * Ember server process), {@code spark} (Apache Spark in local mode on the same Dataset programs), {@code spark-sql}
 * (Spark local on Spark's SQL text).
 * Exits with 1 when any query fails or gives a different answer on any engine.
 */
public final class BenchmarkRunner {
    static final String CHART_FILE = "ratios.svg";

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        List<String> engines = options.engines;
        Path data = TpchData.ensure(options.scaleFactorName, options.root.resolve("data").resolve("sf" + options.scaleFactorName));
        Path work = options.root.resolve("data").resolve("work").resolve("sf" + options.scaleFactorName);
        Path results = options.root.resolve("results").resolve("sf" + options.scaleFactorName);
        Files.createDirectories(results);

        String loadBefore = loadAverage();
        System.out.printf("TPC-H SF%s, %d measured run(s) per query, engines %s; load average %s%n",
            options.scaleFactorName, options.runs, engines, loadBefore);
        Map<String, EngineProcess> processes = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        List<QueryResult> out = new ArrayList<>();
        try (EngineLaunch launch = new EngineLaunch(options, data, work)) {
            SparkQueryFiles.write(launch.sqlQueries(), sparkSqlQueries(options.scaleFactor));
            for (String engine : engines) {
                processes.put(engine, launch.start(engine));
                versions.put(engine, processes.get(engine).version);
            }
            for (int query : options.queries) {
                QueryResult result = new QueryResult(query);
                out.add(result);
                warmUp(query, engines, processes, work, results, result);
                result.check = check(query, engines, work, result);
                measure(query, options.runs, engines, processes, result);
                System.out.println(result.line(engines));
            }
            for (EngineProcess process : processes.values()) {
                process.close();
            }
        }
        BenchmarkReport report = new BenchmarkReport(options.scaleFactorName, options.runs, engines, versions, out, loadBefore, loadAverage());
        String chart = RatioChart.svg(options.scaleFactorName, engines, out);
        if (chart != null) {
            Files.writeString(results.resolve(CHART_FILE), chart);
        }
        Files.writeString(results.resolve("report.md"), report.markdown(chart == null ? null : CHART_FILE));
        Files.writeString(results.resolve("report.csv"), report.csv());
        System.out.println();
        System.out.println(report.summary());
        System.out.println("report: " + results.resolve("report.md"));
        System.exit(out.stream().allMatch(QueryResult::passed) ? 0 : 1);
    }

    /**
     * One run per engine whose rows are kept for the cross-check; Ember also times its planning and keeps its SQL, and
     * Ember through {@code spark.sql} times its planning of the query's text.
     */
    static void warmUp(int query, List<String> engines, Map<String, EngineProcess> processes, Path work, Path results,
                       QueryResult result) throws IOException, InterruptedException {
        for (String engine : engines) {
            if (engine.equals("ember-sql") && (result.errors.containsKey("ember") || Double.isNaN(result.planMilliseconds))) {
                result.errors.put(engine, "no SQL from ember");
                continue;
            }
            String[] warm = processes.get(engine).call("warm " + query);
            if (warm == null) {
                failed(result, processes.get(engine));
                continue;
            }
            result.rows.put(engine, Long.parseLong(warm[1]));
            result.firstRunMilliseconds.put(engine, Double.parseDouble(warm[0]));
            if (engine.equals("ember")) {
                QuietEngines.await(processes.values());
                String[] plan = processes.get(engine).call("plan " + query);
                if (plan != null) {
                    result.planMilliseconds = Double.parseDouble(plan[0]);
                    Path sql = work.resolve("ember").resolve(String.format("q%02d.sql", query));
                    Path sqlOut = results.resolve("ember-sql");
                    Files.createDirectories(sqlOut);
                    // the committed copy names the data directory <data>, not where this machine keeps it
                    Path dataRoot = work.getParent().getParent().toAbsolutePath();
                    Files.writeString(sqlOut.resolve(sql.getFileName()),
                        Files.readString(sql).replace(dataRoot.toString(), "<data>"));
                }
            }
            if (engine.equals("ember-spark-sql")) {
                QuietEngines.await(processes.values());
                String[] plan = processes.get(engine).call("plan " + query);
                if (plan != null && Double.parseDouble(plan[0]) >= 0) {
                    result.sqlPlanMilliseconds = Double.parseDouble(plan[0]);
                    result.sqlPlanCallsMilliseconds = Double.parseDouble(plan[1]);
                }
            }
        }
    }

    /**
     * Spark's {@code tpch/q1.sql}…{@code q22.sql}, Q11's FRACTION scaled as the specification says (0.0001 / SF;
     * the file spells SF1's).
     */
    static List<String> sparkSqlQueries(double scaleFactor) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int query = 1; query <= 22; query++) {
            String text = SparkQueryFiles.text("tpch", "q" + query);
            texts.add(query == 11 ? text.replace("0.0001000000",
                new BigDecimal("0.0001").divide(BigDecimal.valueOf(scaleFactor)).toPlainString()) : text);
        }
        return texts;
    }

    /** {@code runs} measured runs of {@code query}, alternating the engines that have not failed it. */
    static void measure(int query, int runs, List<String> engines, Map<String, EngineProcess> processes,
                        QueryResult result) throws IOException, InterruptedException {
        for (int i = 0; i < runs; i++) {
            for (String engine : engines) {
                if (!result.errors.containsKey(engine)) {
                    QuietEngines.await(processes.values());
                    String[] run = processes.get(engine).call("run " + query);
                    if (run == null) {
                        failed(result, processes.get(engine));
                    } else {
                        result.addTime(engine, Double.parseDouble(run[0]));
                    }
                }
            }
        }
    }

    static void failed(QueryResult result, EngineProcess process) throws IOException, InterruptedException {
        result.errors.put(process.engine, process.lastError);
        process.restartIfDead();
    }

    /** Cross-checks every engine's rows with the reference's; "ok", "ok (ties ordered differently)" or the difference. */
    static String check(int query, List<String> engines, Path work, QueryResult result) throws IOException {
        if (result.errors.containsKey(REFERENCE)) {
            return "reference failed";
        }
        List<String> expected = readRows(work.resolve(REFERENCE), query);
        String verdict = "ok";
        for (String engine : engines) {
            if (engine.equals(REFERENCE) || result.errors.containsKey(engine)) {
                continue;
            }
            List<String> actual = readRows(work.resolve(engine), query);
            String why = Values.compareRows(expected, actual);
            if (why != null) {
                if (Values.compareRows(Values.sorted(expected), Values.sorted(actual)) == null) {
                    verdict = "ok (ties ordered differently)";
                } else {
                    return engine + " WRONG: " + why;
                }
            }
        }
        return verdict;
    }

    static List<String> readRows(Path directory, int query) throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve(String.format("q%02d.tsv", query)), StandardCharsets.UTF_8);
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
