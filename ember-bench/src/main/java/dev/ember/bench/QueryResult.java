package dev.ember.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One query's outcome across engines: measured times, row counts, errors, Ember's planning time, the cross-check. */
final class QueryResult {
    final int query;
    final Map<String, List<Double>> times = new LinkedHashMap<>();
    final Map<String, Long> rows = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();
    /** Each engine's first run of the query (its warm-up, which also gives the rows checked). */
    final Map<String, Double> firstRunMilliseconds = new LinkedHashMap<>();
    double planMilliseconds = Double.NaN;
    /** Ember's planning of Spark's query text through {@code spark.sql} (parse, analysis, SQL generation). */
    double sqlPlanMilliseconds = Double.NaN;
    /** The client's two calls of that timing alone, timed the same way on {@code SELECT 1}. */
    double sqlPlanCallsMilliseconds = Double.NaN;
    String check = "";

    QueryResult(int query) {
        this.query = query;
    }

    /** Ember's planning of the query's text without the client's calls. */
    double sqlPlanNetMilliseconds() {
        return sqlPlanMilliseconds - sqlPlanCallsMilliseconds;
    }

    void addTime(String engine, double milliseconds) {
        times.computeIfAbsent(engine, key -> new ArrayList<>()).add(milliseconds);
    }

    double medianMilliseconds(String engine) {
        List<Double> measured = times.get(engine);
        return measured == null || measured.isEmpty() || errors.containsKey(engine) ? Double.NaN : median(measured);
    }

    /** {@code engine}'s median over {@code base}'s median. */
    double ratio(String engine, String base) {
        return medianMilliseconds(engine) / medianMilliseconds(base);
    }

    double ratio(String engine) {
        return ratio(engine, BenchmarkOptions.REFERENCE);
    }

    boolean passed() {
        return errors.isEmpty() && check.startsWith("ok");
    }

    String line(List<String> engines) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Q%02d", query));
        for (String engine : engines) {
            line.append(String.format(Locale.ROOT, "  %s %8.1f ms", engine, medianMilliseconds(engine)));
            if (!engine.equals(BenchmarkOptions.REFERENCE)) {
                line.append(String.format(Locale.ROOT, " (x%.2f)", ratio(engine)));
            }
        }
        if (!Double.isNaN(planMilliseconds)) {
            line.append(String.format(Locale.ROOT, "  plan %.1f ms", planMilliseconds));
        }
        if (!Double.isNaN(sqlPlanMilliseconds)) {
            line.append(String.format(Locale.ROOT, "  spark.sql plan %.1f ms (calls %.1f)", sqlPlanMilliseconds,
                sqlPlanCallsMilliseconds));
        }
        line.append("  rows ").append(rows.get(BenchmarkOptions.REFERENCE)).append("  ").append(check);
        errors.forEach((engine, message) -> line.append("  ").append(engine).append(" FAILED: ").append(message));
        return line.toString();
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int count = sorted.length;
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
}
