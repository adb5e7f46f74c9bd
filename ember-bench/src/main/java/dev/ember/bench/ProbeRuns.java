package dev.ember.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The phases (ms) of several {@link StartupProbe} processes of one mode, and their medians. */
final class ProbeRuns {
    static final String RSS = "peak RSS MiB";
    static final String EXIT = "launch to process exit";
    final List<Map<String, Double>> runs = new ArrayList<>();

    void add(Map<String, Double> phases) {
        runs.add(phases);
    }

    double median(String phase) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> run : runs) {
            if (run.containsKey(phase)) {
                values.add(run.get(phase));
            }
        }
        return values.isEmpty() ? Double.NaN : QueryResult.median(values);
    }

    /** The median of every measured collect ("collect 1", "collect 2", ...) of every process. */
    double collectMedian() {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> run : runs) {
            run.forEach((phase, milliseconds) -> {
                if (phase.startsWith("collect ") && !phase.equals("collect warm-up")) {
                    values.add(milliseconds);
                }
            });
        }
        return values.isEmpty() ? Double.NaN : QueryResult.median(values);
    }

    /** Median of the sum of the phases up to the first show() — launch to the first result. */
    double medianToFirstResult() {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> run : runs) {
            values.add(run.entrySet().stream().filter(e -> !e.getKey().equals(RSS) && !e.getKey().equals(EXIT))
                .mapToDouble(Map.Entry::getValue).sum());
        }
        return QueryResult.median(values);
    }

    String table(String mode) {
        StringBuilder b = new StringBuilder("| ").append(mode).append(" | median ms | min | max |\n|---|---:|---:|---:|\n");
        for (String phase : runs.get(0).keySet()) {
            if (phase.equals(RSS) || phase.equals(EXIT)) {
                continue;
            }
            b.append(row(phase, phase));
        }
        b.append(String.format(Locale.ROOT, "| **launch to first result** | **%.0f** | | |%n", medianToFirstResult()));
        b.append(row(EXIT + " (incl. shutdown)", EXIT));
        b.append(row(RSS, RSS));
        return b.toString();
    }

    private String row(String label, String phase) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", label, median(phase), min(phase), max(phase));
    }

    /** "median (min–max)", rounded to whole units. */
    String medianAndRange(String phase) {
        return String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", median(phase), min(phase), max(phase));
    }

    private double min(String phase) {
        return runs.stream().mapToDouble(r -> r.getOrDefault(phase, Double.NaN)).min().orElse(Double.NaN);
    }

    private double max(String phase) {
        return runs.stream().mapToDouble(r -> r.getOrDefault(phase, Double.NaN)).max().orElse(Double.NaN);
    }
}
