package dev.ember.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart (hand-written SVG text) of the per-query ratios to raw DuckDB of the Ember engines
 * (ember, ember-loopback, ember-sql), with the 1.0 floor and the per-query target line (1.5×).
 */
final class RatioChart {
    static final List<String> SERIES = List.of("ember", "ember-loopback", "ember-sql");
    static final String[] COLORS = {"#d9480f", "#1c7ed6", "#868e96"};
    static final int LEFT = 50;
    static final int TOP = 40;
    static final int PLOT_HEIGHT = 300;
    static final int GROUP_WIDTH = 44;
    static final int BOTTOM = 50;
    /** The axis stops here; a longer bar is cut at the top and labelled with its value. */
    static final double AXIS_MAX = 4.0;

    private RatioChart() {
    }

    /** The chart, or null when no Ember engine ran. */
    static String svg(String scaleFactor, List<String> engines, List<QueryResult> results) {
        List<String> series = new ArrayList<>();
        for (String engine : SERIES) {
            if (engines.contains(engine)) {
                series.add(engine);
            }
        }
        if (series.isEmpty() || results.isEmpty()) {
            return null;
        }
        double top = 2.0;
        for (QueryResult r : results) {
            for (String engine : series) {
                double ratio = r.ratio(engine);
                if (!Double.isNaN(ratio) && !Double.isInfinite(ratio)) {
                    top = Math.min(AXIS_MAX, Math.max(top, Math.ceil(ratio * 2) / 2));
                }
            }
        }
        int width = LEFT + results.size() * GROUP_WIDTH + 20;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"14\">TPC-H SF%s: time / raw DuckDB per query (lower is better)</text>%n",
            LEFT, scaleFactor));
        for (double tick = 0; tick <= top + 1e-9; tick += 0.5) {
            double y = y(tick, top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e9ecef\"/>%n", LEFT, width - 20, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f×</text>%n", LEFT - 6, y + 4, tick));
        }
        int barWidth = (GROUP_WIDTH - 8) / series.size();
        for (int i = 0; i < results.size(); i++) {
            QueryResult r = results.get(i);
            int groupX = LEFT + i * GROUP_WIDTH + 4;
            for (int s = 0; s < series.size(); s++) {
                double ratio = r.ratio(series.get(s));
                if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
                    continue;
                }
                double barTop = y(Math.min(ratio, top), top);
                if (ratio > top) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"9\" text-anchor=\"middle\">%.1f</text>%n",
                        groupX + s * barWidth + barWidth / 2, barTop - 3 - 10 * s, ratio));
                }
                svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>Q%02d %s: %.2f×</title></rect>%n",
                    groupX + s * barWidth, barTop, barWidth - 1, y(0, top) - barTop, COLORS[SERIES.indexOf(series.get(s))],
                    r.query, series.get(s), ratio));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Q%02d</text>%n",
                groupX + (GROUP_WIDTH - 8) / 2, TOP + PLOT_HEIGHT + 16, r.query));
        }
        line(svg, 1.0, top, width, "#212529", "", "1.0 (raw DuckDB)");
        line(svg, BenchmarkReport.TARGET_QUERY, top, width, "#c92a2a", " stroke-dasharray=\"6 4\"", "target 1.5×");
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 150;
            int y = TOP + PLOT_HEIGHT + 36;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, y - 10,
                COLORS[SERIES.indexOf(series.get(s))]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s / duckdb</text>%n", x + 16, y, series.get(s)));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void line(StringBuilder svg, double value, double top, int width, String color, String dash, String label) {
        double y = y(value, top);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n",
            LEFT, width - 20, y, y, color, dash));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\">%s</text>%n", width - 22, y - 4, color, label));
    }

    private static double y(double value, double top) {
        return TOP + PLOT_HEIGHT - value / top * PLOT_HEIGHT;
    }
}
