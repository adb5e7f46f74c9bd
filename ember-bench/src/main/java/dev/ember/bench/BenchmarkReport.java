package dev.ember.bench;

import static dev.ember.bench.BenchmarkOptions.REFERENCE;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** report.md (the per-query table, the side-by-side ratios and their targets), report.csv and the console summary. */
final class BenchmarkReport {
    static final double TARGET_TOTAL = 1.15;
    static final double TARGET_SQL_TOTAL = 1.10;
    static final double TARGET_QUERY = 1.5;
    static final double TARGET_PLAN_MS = 5;
    static final double TARGET_LOOPBACK = 1.3;
    static final double TARGET_SPARK_SPEEDUP = 10;

    final String scaleFactor;
    final int runs;
    final List<String> engines;
    final Map<String, String> versions;
    final List<QueryResult> results;
    final String loadBefore;
    final String loadAfter;

    BenchmarkReport(String scaleFactor, int runs, List<String> engines, Map<String, String> versions,
                    List<QueryResult> results, String loadBefore, String loadAfter) {
        this.scaleFactor = scaleFactor;
        this.runs = runs;
        this.engines = engines;
        this.versions = versions;
        this.results = results;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    double total(String engine) {
        return results.stream().mapToDouble(r -> r.medianMilliseconds(engine)).sum();
    }

    /** The total of the engine's first runs (warm-ups) of the queries; 0 when none was timed. */
    double firstRunTotal(String engine) {
        return results.stream().mapToDouble(r -> r.firstRunMilliseconds.getOrDefault(engine, 0.0)).sum();
    }

    double geometricMean(String engine, String base) {
        return Math.exp(results.stream().mapToDouble(r -> Math.log(r.ratio(engine, base))).average().orElse(Double.NaN));
    }

    /** One line per ratio the issue asks for, with its target where it has one. */
    List<String> ratioLines() {
        List<String> lines = new ArrayList<>();
        for (String engine : engines) {
            if (!engine.equals(REFERENCE)) {
                double target = engine.equals("ember") ? TARGET_TOTAL
                    : engine.equals("ember-spark-sql") ? TARGET_SQL_TOTAL : Double.NaN;
                lines.add(ratioLine(engine, REFERENCE, target));
            }
        }
        for (String engine : engines) {
            if (!engine.equals(REFERENCE) && firstRunTotal(engine) > 0 && firstRunTotal(REFERENCE) > 0) {
                lines.add(String.format(Locale.ROOT, "first runs (each query's warm-up: no plan of Ember's kept yet, JIT cold) "
                    + "%s / %s: total %.3f× (%.1f / %.1f ms)", engine, REFERENCE, firstRunTotal(engine) / firstRunTotal(REFERENCE),
                    firstRunTotal(engine), firstRunTotal(REFERENCE)));
            }
        }
        if (engines.contains("ember-loopback") && engines.contains("ember")) {
            lines.add(ratioLine("ember-loopback", "ember", TARGET_LOOPBACK));
        }
        if (engines.contains("spark") && engines.contains("ember")) {
            double speedup = total("spark") / total("ember");
            lines.add(String.format(Locale.ROOT, "spark / ember: total %.1f× (Ember is %.1f× faster than Spark; geometric mean of per-query ratios %.1f×; target ≥ %.0f× at SF1: %s)",
                speedup, speedup, geometricMean("spark", "ember"), TARGET_SPARK_SPEEDUP, speedup >= TARGET_SPARK_SPEEDUP ? "met" : "missed"));
        }
        return lines;
    }

    private String ratioLine(String engine, String base, double target) {
        double ratio = total(engine) / total(base);
        String goal = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "; target ≤ %.2f×: %s", target, ratio <= target ? "met" : "missed");
        return String.format(Locale.ROOT, "%s / %s: total %.3f×, geometric mean of per-query ratios %.3f×%s",
            engine, base, ratio, geometricMean(engine, base), goal);
    }

    String summary() {
        StringBuilder summary = new StringBuilder();
        for (String engine : engines) {
            summary.append(String.format(Locale.ROOT, "%-15s total %10.1f ms%n", engine, total(engine)));
        }
        ratioLines().forEach(line -> summary.append(line).append('\n'));
        long failed = results.stream().filter(r -> !r.passed()).count();
        summary.append(failed == 0 ? "all answers agree" : failed + " quer" + (failed == 1 ? "y" : "ies") + " failed or disagree");
        return summary.toString();
    }

    /** A column of the per-query table: its header and its cell for a query. */
    private static final class Column {
        final String header;
        final Function<QueryResult, String> cell;

        Column(String header, Function<QueryResult, String> cell) {
            this.header = header;
            this.cell = cell;
        }
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String engine : engines) {
            columns.add(new Column(engine + " ms", r -> format(r.medianMilliseconds(engine), 1)));
            if (!engine.equals(REFERENCE)) {
                double target = engine.startsWith("ember") ? TARGET_QUERY : Double.POSITIVE_INFINITY;
                columns.add(new Column(engine + "/duckdb", r -> format(r.ratio(engine), 2) + (r.ratio(engine) > target ? " ⚠" : "")));
            }
        }
        if (engines.contains("ember") && engines.contains("ember-loopback")) {
            columns.add(new Column("loopback/ember", r -> format(r.ratio("ember-loopback", "ember"), 2)
                + (r.ratio("ember-loopback", "ember") > TARGET_LOOPBACK ? " ⚠" : "")));
        }
        if (engines.contains("ember") && engines.contains("spark")) {
            columns.add(new Column("spark/ember", r -> format(r.ratio("spark", "ember"), 1)));
        }
        if (engines.contains("ember") && engines.contains("ember-sql")) {
            columns.add(new Column("ember − ember-sql ms", r -> format(r.medianMilliseconds("ember") - r.medianMilliseconds("ember-sql"), 1)));
        }
        if (engines.contains("ember")) {
            columns.add(new Column("ember plan ms", r -> format(r.planMilliseconds, 1) + (r.planMilliseconds > TARGET_PLAN_MS ? " ⚠" : "")));
        }
        if (engines.contains("ember-spark-sql")) {
            columns.add(new Column("spark.sql plan ms", r -> format(r.sqlPlanMilliseconds, 1)));
            columns.add(new Column("of which calls ms", r -> format(r.sqlPlanCallsMilliseconds, 1)));
            columns.add(new Column("spark.sql planning ms", r -> format(r.sqlPlanNetMilliseconds(), 1)
                + (r.sqlPlanNetMilliseconds() > TARGET_PLAN_MS ? " ⚠" : "")));
        }
        return columns;
    }

    String markdown(String chartFile) {
        StringBuilder b = new StringBuilder();
        b.append("# TPC-H SF").append(scaleFactor).append(": Ember, raw DuckDB").append(engines.contains("spark") ? " and Apache Spark" : "").append("\n\n");
        b.append("Generated by `dev.ember.bench.BenchmarkRunner` on ")
            .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" — see docs/performance.md.\n\n");
        b.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
            .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
        b.append("- load average before: `").append(loadBefore).append("`, after: `").append(loadAfter).append("`\n");
        versions.forEach((engine, version) -> b.append("- ").append(engine).append(": ").append(version).append('\n'));
        b.append("- each engine in its own JVM; per query: 1 warm-up run (its rows cross-checked against raw DuckDB's), then ")
            .append(runs).append(" measured run(s) alternating engines; the median is reported. Times are wall-clock from the ")
            .append("client's call to the last row read (Ember, Spark: building the Dataset + `collectAsList()`; DuckDB: `executeQuery` + ")
            .append("`getObject` on every cell). `plan ms`: Ember's planning alone (an explain request: proto → analysis → SQL), ")
            .append("median of ").append(EmberSessionEngine.PLAN_RUNS).append(" after a JIT warm-up planning all 22 queries ")
            .append(EmberSessionEngine.WARM_UP_PASSES).append(" times. A `spark.sql` query run again ")
            .append("runs on the plan and DuckDB statement Ember kept from its first run (KeptPlans): the first runs' line ")
            .append("gives the runs without. `spark.sql plan ms`: the same for Spark's query text, timed from the ")
            .append("client's `spark.sql` call (which parses it; a comment numbering the run makes each text new) to ")
            .append("its explain's answer (analysis, SQL generation): two calls, whose own cost (`of which calls ms`) is ")
            .append("the same timing of `SELECT 1` just before; `spark.sql planning ms` is the difference.\n\n");
        b.append("## Ratios (totals of the medians, side by side in this run)\n\n");
        ratioLines().forEach(line -> b.append("- ").append(line).append('\n'));
        if (chartFile != null) {
            b.append("\nPer-query ratios: [").append(chartFile).append("](").append(chartFile).append(")\n\n![per-query ratios](")
                .append(chartFile).append(")\n");
        }
        List<Column> columns = columns();
        b.append("\n## Per query\n\n| query | ");
        columns.forEach(column -> b.append(column.header).append(" | "));
        b.append("rows | check |\n|---|");
        columns.forEach(column -> b.append("---:|"));
        b.append("---:|---|\n");
        for (QueryResult r : results) {
            b.append(String.format(Locale.ROOT, "| Q%02d | ", r.query));
            columns.forEach(column -> b.append(column.cell.apply(r)).append(" | "));
            b.append(r.rows.get(REFERENCE)).append(" | ").append(r.check);
            r.errors.forEach((engine, message) -> b.append("; ").append(engine).append(" failed: ").append(message.replace("|", "\\|")));
            b.append(" |\n");
        }
        b.append("| **total ms** | ");
        for (String engine : engines) {
            b.append("**").append(format(total(engine), 1)).append("** | ").append(engine.equals(REFERENCE) ? "" : "**" + format(total(engine) / total(REFERENCE), 3) + "** | ");
        }
        b.append(" |".repeat(columns.size() - engines.size() * 2 + 1 + 2)).append('\n');
        if (engines.contains("ember")) {
            b.append(String.format(Locale.ROOT, "%nTargets for embedded Ember: total ≤ %.2f× raw DuckDB (%s), every query ≤ %.1f× (%s), planning ≤ %.0f ms per query (%s). ⚠ marks a miss.%n",
                TARGET_TOTAL, total("ember") / total(REFERENCE) <= TARGET_TOTAL ? "met" : "missed",
                TARGET_QUERY, results.stream().allMatch(r -> r.ratio("ember") <= TARGET_QUERY) ? "met" : "missed",
                TARGET_PLAN_MS, results.stream().allMatch(r -> r.planMilliseconds <= TARGET_PLAN_MS) ? "met" : "missed"));
        }
        if (engines.contains("ember-spark-sql")) {
            b.append(String.format(Locale.ROOT, "%nTargets for Ember through `spark.sql`: total ≤ %.2f× raw DuckDB (%s), planning ≤ %.0f ms per query (%s).%n",
                TARGET_SQL_TOTAL, total("ember-spark-sql") / total(REFERENCE) <= TARGET_SQL_TOTAL ? "met" : "missed",
                TARGET_PLAN_MS, results.stream().allMatch(r -> r.sqlPlanNetMilliseconds() <= TARGET_PLAN_MS) ? "met" : "missed"));
        }
        return b.toString();
    }

    String csv() {
        StringBuilder b = new StringBuilder("query");
        for (String engine : engines) {
            b.append(',').append(engine).append("_median_ms");
            if (!engine.equals(REFERENCE)) {
                b.append(',').append(engine).append("_ratio");
            }
        }
        b.append(",ember_plan_ms,spark_sql_plan_ms,spark_sql_plan_calls_ms,rows,check\n");
        for (QueryResult r : results) {
            b.append(String.format(Locale.ROOT, "Q%02d", r.query));
            for (String engine : engines) {
                b.append(',').append(format(r.medianMilliseconds(engine), 2));
                if (!engine.equals(REFERENCE)) {
                    b.append(',').append(format(r.ratio(engine), 3));
                }
            }
            b.append(',').append(format(r.planMilliseconds, 2)).append(',').append(format(r.sqlPlanMilliseconds, 2))
                .append(',').append(format(r.sqlPlanCallsMilliseconds, 2))
                .append(',').append(r.rows.get(REFERENCE)).append(',')
                .append(r.errors.isEmpty() ? r.check : "failed").append('\n');
        }
        return b.toString();
    }

    static String format(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
