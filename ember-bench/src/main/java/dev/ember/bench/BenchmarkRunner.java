package dev.ember.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The TPC-H benchmark: generates the data once (cached), starts one JVM per engine, and for each query
 * runs a warm-up on every engine (whose rows are cross-checked against raw DuckDB's) and then N
 * measured runs, alternating engines so that load from elsewhere hits them alike. Writes
 * {@code <root>/results/sf<SF>/report.md}, {@code report.csv} and Ember's generated SQL per query.
 *
 * <pre>
 * BenchmarkRunner [--sf=0.1] [--runs=3] [--queries=all|1,6,13] [--engines=duckdb,ember,ember-sql] [--root=bench]
 *                 [--timeout=600]
 * </pre>
 * Engines: {@code duckdb} (raw DuckDB JDBC on the hand-written SQL: the floor and the reference answers),
 * {@code ember} (Ember embedded: the Spark Connect client on {@code Ember.session()}), {@code ember-sql}
 * (raw DuckDB JDBC on the SQL Ember generated for the query: separates the cost of the SQL's shape from
 * Ember's own overhead — planning, Arrow encoding, the client's decoding).
 * Exits with 1 when any query fails or gives a different answer on any engine.
 */
public final class BenchmarkRunner {
    static final String REFERENCE = "duckdb";
    static final double TARGET_TOTAL = 1.15;
    static final double TARGET_QUERY = 1.5;
    static final double TARGET_PLAN_MS = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        opts.put("sf", "0.1");
        opts.put("runs", "3");
        opts.put("queries", "all");
        opts.put("engines", "duckdb,ember,ember-sql");
        opts.put("root", "bench");
        opts.put("timeout", "600");
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + a);
            }
            opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        double sf = Double.parseDouble(opts.get("sf"));
        String sfName = sfText(sf);
        int runs = Integer.parseInt(opts.get("runs"));
        long timeoutSeconds = Long.parseLong(opts.get("timeout"));
        List<Integer> queries = new ArrayList<>();
        if (opts.get("queries").equals("all")) {
            for (int q = 1; q <= 22; q++) {
                queries.add(q);
            }
        } else {
            for (String q : opts.get("queries").split(",")) {
                queries.add(Integer.parseInt(q.trim()));
            }
        }
        List<String> engines = Arrays.asList(opts.get("engines").split(","));
        if (!engines.contains(REFERENCE)) {
            throw new IllegalArgumentException("the engines must include " + REFERENCE + " (the reference answers)");
        }
        if (engines.contains("ember-sql") && engines.indexOf("ember-sql") < engines.indexOf("ember")) {
            throw new IllegalArgumentException("ember-sql runs the SQL the ember engine generated: list it after ember");
        }
        Path root = Path.of(opts.get("root")).toAbsolutePath().normalize();
        Path data = TpchData.ensure(sfName, root.resolve("data").resolve("sf" + sfName));
        Path work = root.resolve("data").resolve("work").resolve("sf" + sfName);
        Path results = root.resolve("results").resolve("sf" + sfName);
        Files.createDirectories(results);

        String loadBefore = loadavg();
        System.out.printf("TPC-H SF%s, %d measured run(s) per query, engines %s; load average %s%n", sfName, runs, engines, loadBefore);
        Map<String, Worker> workers = new LinkedHashMap<>();
        for (String e : engines) {
            workers.put(e, new Worker(e, data, sf, work.resolve(e), timeoutSeconds));
        }
        Map<String, String> versions = new LinkedHashMap<>();
        workers.forEach((e, w) -> versions.put(e, w.version));

        List<QueryResult> out = new ArrayList<>();
        for (int q : queries) {
            QueryResult r = new QueryResult(q);
            out.add(r);
            for (String e : engines) {
                if (e.equals("ember-sql") && (r.errors.containsKey("ember") || Double.isNaN(r.planMs))) {
                    r.errors.put(e, "no SQL from ember");
                    continue;
                }
                String[] warm = workers.get(e).call("warm " + q);
                if (warm == null) {
                    r.errors.put(e, workers.get(e).lastError);
                    workers.get(e).restartIfDead();
                } else {
                    r.rows.put(e, Long.parseLong(warm[1]));
                }
                if (e.equals("ember") && !r.errors.containsKey("ember")) {
                    String[] plan = workers.get("ember").call("plan " + q);
                    if (plan != null) {
                        r.planMs = Double.parseDouble(plan[0]);
                        Path sql = work.resolve("ember").resolve(String.format("q%02d.sql", q));
                        Path sqlOut = results.resolve("ember-sql");
                        Files.createDirectories(sqlOut);
                        Files.copy(sql, sqlOut.resolve(sql.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            r.check = check(q, engines, work, r);
            for (int i = 0; i < runs; i++) {
                for (String e : engines) {
                    if (r.errors.containsKey(e)) {
                        continue;
                    }
                    String[] run = workers.get(e).call("run " + q);
                    if (run == null) {
                        r.errors.put(e, workers.get(e).lastError);
                        workers.get(e).restartIfDead();
                    } else {
                        r.times.computeIfAbsent(e, k -> new ArrayList<>()).add(Double.parseDouble(run[0]));
                    }
                }
            }
            System.out.println(r.line(engines));
        }
        for (Worker w : workers.values()) {
            w.close();
        }
        String loadAfter = loadavg();
        Report report = new Report(sfName, runs, engines, versions, out, loadBefore, loadAfter);
        Files.writeString(results.resolve("report.md"), report.markdown());
        Files.writeString(results.resolve("report.csv"), report.csv());
        System.out.println();
        System.out.println(report.summary());
        System.out.println("report: " + results.resolve("report.md"));
        boolean failed = out.stream().anyMatch(r -> !r.errors.isEmpty() || !r.check.startsWith("ok"));
        System.exit(failed ? 1 : 0);
    }

    /** Cross-checks every engine's rows with the reference's; "ok", "ok (ties ordered differently)" or the difference. */
    static String check(int q, List<String> engines, Path work, QueryResult r) throws IOException {
        if (r.errors.containsKey(REFERENCE)) {
            return "reference failed";
        }
        List<String> expected = readRows(work.resolve(REFERENCE), q);
        String verdict = "ok";
        for (String e : engines) {
            if (e.equals(REFERENCE) || r.errors.containsKey(e)) {
                continue;
            }
            List<String> actual = readRows(work.resolve(e), q);
            String why = Values.compareRows(expected, actual);
            if (why != null) {
                if (Values.compareRows(Values.sorted(expected), Values.sorted(actual)) == null) {
                    verdict = "ok (ties ordered differently)";
                } else {
                    return e + " WRONG: " + why;
                }
            }
        }
        return verdict;
    }

    static List<String> readRows(Path dir, int q) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(String.format("q%02d.tsv", q)), StandardCharsets.UTF_8);
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    /** The scale factor as the data directory and the queries' {@code ${SF}} spell it: 1, 0.1, 10. */
    static String sfText(double sf) {
        return sf == Math.rint(sf) ? Long.toString((long) sf) : Double.toString(sf);
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** One query's outcome across engines. */
    static final class QueryResult {
        final int q;
        final Map<String, List<Double>> times = new LinkedHashMap<>();
        final Map<String, Long> rows = new LinkedHashMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        double planMs = Double.NaN;
        String check = "";

        QueryResult(int q) {
            this.q = q;
        }

        double medianMs(String engine) {
            List<Double> t = times.get(engine);
            return t == null || t.isEmpty() || errors.containsKey(engine) ? Double.NaN : median(t);
        }

        double ratio(String engine) {
            return medianMs(engine) / medianMs(REFERENCE);
        }

        String line(List<String> engines) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Q%02d", q));
            for (String e : engines) {
                b.append(String.format(Locale.ROOT, "  %s %8.1f ms", e, medianMs(e)));
                if (!e.equals(REFERENCE)) {
                    b.append(String.format(Locale.ROOT, " (x%.2f)", ratio(e)));
                }
            }
            if (!Double.isNaN(planMs)) {
                b.append(String.format(Locale.ROOT, "  plan %.1f ms", planMs));
            }
            b.append("  rows ").append(rows.get(REFERENCE)).append("  ").append(check);
            errors.forEach((e, m) -> b.append("  ").append(e).append(" FAILED: ").append(m));
            return b.toString();
        }
    }

    /** An engine's JVM and the line protocol of {@link EngineWorker}. */
    static final class Worker implements AutoCloseable {
        final String engine;
        final Path data;
        final double sf;
        final Path out;
        final long timeoutSeconds;
        Process process;
        PrintWriter commands;
        BlockingQueue<String> answers;
        String version;
        String lastError;

        Worker(String engine, Path data, double sf, Path out, long timeoutSeconds) throws IOException, InterruptedException {
            this.engine = engine;
            this.data = data;
            this.sf = sf;
            this.out = out;
            this.timeoutSeconds = timeoutSeconds;
            start();
        }

        void start() throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java,
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
                "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US", "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), EngineWorker.class.getName(),
                engine, data.toString(), Double.toString(sf), out.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            process = pb.start();
            commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            answers = new LinkedBlockingQueue<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            BlockingQueue<String> queue = answers;
            Thread t = new Thread(() -> {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith("@@")) {
                            queue.add(line.substring(2));
                        } else {
                            System.err.println("[" + engine + "] " + line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                queue.add("err " + engine + " process ended");
            }, "worker-" + engine);
            t.setDaemon(true);
            t.start();
            String hello = answers.poll(120, TimeUnit.SECONDS);
            if (hello == null || !hello.startsWith("ok ")) {
                throw new IllegalStateException(engine + " did not start: " + hello);
            }
            version = hello.substring(3);
        }

        /** The answer's fields after "ok", or null (with {@link #lastError}) on an error or a timeout. */
        String[] call(String command) throws InterruptedException {
            commands.println(command);
            String answer = answers.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (answer == null) {
                lastError = "timeout after " + timeoutSeconds + " s";
                process.destroyForcibly();
                process.waitFor();
                return null;
            }
            if (answer.startsWith("ok")) {
                String rest = answer.substring(2).trim();
                return rest.isEmpty() ? new String[0] : rest.split(" ");
            }
            lastError = answer.startsWith("err ") ? answer.substring(4) : answer;
            return null;
        }

        void restartIfDead() throws IOException, InterruptedException {
            if (!process.isAlive()) {
                System.err.println("restarting " + engine);
                start();
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                commands.println("quit");
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** report.md and report.csv. */
    static final class Report {
        final String sf;
        final int runs;
        final List<String> engines;
        final Map<String, String> versions;
        final List<QueryResult> results;
        final String loadBefore;
        final String loadAfter;

        Report(String sf, int runs, List<String> engines, Map<String, String> versions, List<QueryResult> results,
               String loadBefore, String loadAfter) {
            this.sf = sf;
            this.runs = runs;
            this.engines = engines;
            this.versions = versions;
            this.results = results;
            this.loadBefore = loadBefore;
            this.loadAfter = loadAfter;
        }

        double total(String engine) {
            return results.stream().mapToDouble(r -> r.medianMs(engine)).sum();
        }

        double geomean(String engine) {
            return Math.exp(results.stream().mapToDouble(r -> Math.log(r.ratio(engine))).average().orElse(Double.NaN));
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            for (String e : engines) {
                b.append(String.format(Locale.ROOT, "%-8s total %9.1f ms", e, total(e)));
                if (!e.equals(REFERENCE)) {
                    b.append(String.format(Locale.ROOT, "   total ratio x%.3f   geometric mean of ratios x%.3f",
                        total(e) / total(REFERENCE), geomean(e)));
                }
                b.append('\n');
            }
            long failed = results.stream().filter(r -> !r.errors.isEmpty() || !r.check.startsWith("ok")).count();
            b.append(failed == 0 ? "all answers agree" : failed + " quer" + (failed == 1 ? "y" : "ies") + " failed or disagree");
            return b.toString();
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append("# TPC-H SF").append(sf).append(": Ember vs raw DuckDB\n\n");
            b.append("Generated by `dev.ember.bench.BenchmarkRunner` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" — see docs/performance.md.\n\n");
            b.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
            b.append("- load average before: `").append(loadBefore).append("`, after: `").append(loadAfter).append("`\n");
            versions.forEach((e, v) -> b.append("- ").append(e).append(": ").append(v).append('\n'));
            b.append("- each engine in its own JVM; per query: 1 warm-up run (its rows cross-checked against raw DuckDB's), then ")
                .append(runs).append(" measured run(s) alternating engines; the median is reported. Times are wall-clock from the ")
                .append("client's call to the last row read (Ember: building the Dataset + `collectAsList()`; DuckDB: `executeQuery` + ")
                .append("`getObject` on every cell). `plan ms`: Ember's planning alone (an explain request: proto → analysis → SQL), ")
                .append("median of 21 after the warm-up.\n\n");
            b.append("| query | ");
            for (String e : engines) {
                b.append(e).append(" ms | ");
                if (!e.equals(REFERENCE)) {
                    b.append(e).append("/duckdb | ");
                }
            }
            boolean split = engines.contains("ember") && engines.contains("ember-sql");
            if (split) {
                b.append("ember − ember-sql ms | ");
            }
            b.append("ember plan ms | rows | check |\n|---|");
            if (split) {
                b.append("---:|");
            }
            for (String e : engines) {
                b.append("---:|");
                if (!e.equals(REFERENCE)) {
                    b.append("---:|");
                }
            }
            b.append("---:|---:|---|\n");
            for (QueryResult r : results) {
                b.append(String.format(Locale.ROOT, "| Q%02d | ", r.q));
                for (String e : engines) {
                    b.append(fmt(r.medianMs(e), 1)).append(" | ");
                    if (!e.equals(REFERENCE)) {
                        double ratio = r.ratio(e);
                        b.append(fmt(ratio, 2)).append(ratio > TARGET_QUERY ? " ⚠" : "").append(" | ");
                    }
                }
                if (split) {
                    b.append(fmt(r.medianMs("ember") - r.medianMs("ember-sql"), 1)).append(" | ");
                }
                b.append(fmt(r.planMs, 1)).append(r.planMs > TARGET_PLAN_MS ? " ⚠" : "").append(" | ");
                b.append(r.rows.get(REFERENCE)).append(" | ").append(r.check);
                r.errors.forEach((e, m) -> b.append("; ").append(e).append(" failed: ").append(m.replace("|", "\\|")));
                b.append(" |\n");
            }
            b.append("| **total** | ");
            for (String e : engines) {
                b.append(fmt(total(e), 1)).append(" | ");
                if (!e.equals(REFERENCE)) {
                    b.append("**").append(fmt(total(e) / total(REFERENCE), 3)).append("** | ");
                }
            }
            if (split) {
                b.append(fmt(total("ember") - total("ember-sql"), 1)).append(" | ");
            }
            b.append(" | | |\n");
            b.append("| **geometric mean** | ");
            for (String e : engines) {
                b.append(" | ");
                if (!e.equals(REFERENCE)) {
                    b.append("**").append(fmt(geomean(e), 3)).append("** | ");
                }
            }
            b.append(split ? " | | | |\n\n" : " | | |\n\n");
            if (engines.contains("ember")) {
                b.append(String.format(Locale.ROOT, "Targets: total ≤ %.2f× raw DuckDB (%s), every query ≤ %.1f× (%s), planning ≤ %.0f ms per query (%s). ⚠ marks a miss.%n",
                    TARGET_TOTAL, total("ember") / total(REFERENCE) <= TARGET_TOTAL ? "met" : "missed",
                    TARGET_QUERY, results.stream().allMatch(r -> r.ratio("ember") <= TARGET_QUERY) ? "met" : "missed",
                    TARGET_PLAN_MS, results.stream().allMatch(r -> r.planMs <= TARGET_PLAN_MS) ? "met" : "missed"));
            }
            return b.toString();
        }

        String csv() {
            StringBuilder b = new StringBuilder("query");
            for (String e : engines) {
                b.append(',').append(e).append("_median_ms");
                if (!e.equals(REFERENCE)) {
                    b.append(',').append(e).append("_ratio");
                }
            }
            b.append(",ember_plan_ms,rows,check\n");
            for (QueryResult r : results) {
                b.append(String.format(Locale.ROOT, "Q%02d", r.q));
                for (String e : engines) {
                    b.append(',').append(fmt(r.medianMs(e), 2));
                    if (!e.equals(REFERENCE)) {
                        b.append(',').append(fmt(r.ratio(e), 3));
                    }
                }
                b.append(',').append(fmt(r.planMs, 2)).append(',').append(r.rows.get(REFERENCE)).append(',')
                    .append(r.errors.isEmpty() ? r.check : "failed").append('\n');
            }
            return b.toString();
        }

        static String fmt(double v, int decimals) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
    }
}
