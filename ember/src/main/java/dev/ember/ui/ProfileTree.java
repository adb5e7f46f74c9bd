package dev.ember.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * DuckDB's JSON profile of a statement drawn as a tree: each operator with its time, the rows it produced and its
 * details (DuckDB's {@code extra_info}: filters, keys, estimated cardinality), a bar showing its share of the time.
 */
final class ProfileTree {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProfileTree() {
  }

  /**
   * The profile of the statement {@code sql} as HTML; a text that is not DuckDB's profile is shown as it is, the
   * profile of another statement (the connection's last one, when {@code sql} failed before it ran) not at all.
   */
  static String html(String profileJson, String sql) {
    JsonNode root;
    try {
      root = JSON.readTree(profileJson);
    } catch (java.io.IOException notJson) {
      return "<pre>" + Html.escape(profileJson) + "</pre>";
    }
    JsonNode query = root.path("query");
    JsonNode profiledSql = query.has("sql") ? query.get("sql") : root.path("query_name");
    if (profiledSql.isTextual() && !profiledSql.asText().equals(sql)) {
      return "<p>No profile (the statement did not run).</p>";
    }
    StringBuilder out = new StringBuilder();
    JsonNode latency = root.path("latency");
    java.util.List<String> summary = new java.util.ArrayList<>();
    double total = latency.isNumber() ? latency.asDouble() : query.path("latency").asDouble(0);
    if (total > 0) {
      summary.add("latency " + seconds(total));
    }
    JsonNode cpu = root.has("cpu_time") ? root.get("cpu_time") : query.path("cpu_time");
    if (cpu.isNumber()) {
      summary.add("CPU " + seconds(cpu.asDouble()));
    }
    JsonNode scanned = root.has("total_rows_scanned") ? root.get("total_rows_scanned") : query.path("total_rows_scanned");
    if (scanned.isNumber()) {
      summary.add("rows scanned " + String.format(java.util.Locale.ROOT, "%,d", scanned.asLong()));
    }
    out.append("<div class=\"profile-summary\">").append(String.join(", ", summary)).append("</div>");
    JsonNode operators = root.has("operator") ? root.get("operator") : root.path("children");
    double slowest = Math.max(maxTiming(operators), 1e-9);
    out.append("<ul class=\"profile\">");
    for (JsonNode operator : operators) {
      operator(operator, slowest, out);
    }
    out.append("</ul>");
    return out.toString();
  }

  private static void operator(JsonNode node, double slowest, StringBuilder out) {
    String type = node.has("type") ? node.get("type").asText() : node.path("operator_type").asText("?");
    double timing = node.has("timing") ? node.get("timing").asDouble() : node.path("operator_timing").asDouble();
    long rows = node.has("intermediate_rows") ? node.get("intermediate_rows").asLong()
        : node.path("operator_cardinality").asLong();
    out.append("<li><span class=\"op\">").append(Html.escape(type)).append("</span>")
        .append("<span class=\"metric\">").append(seconds(timing)).append("</span>")
        .append("<span class=\"metric\">").append(String.format(java.util.Locale.ROOT, "%,d", rows))
        .append(" rows</span>")
        .append("<span class=\"bar\" style=\"width:").append(Math.round(120 * timing / slowest)).append("px\"></span>");
    JsonNode extra = node.path("extra_info");
    if (extra.isObject() && extra.size() > 0) {
      out.append("<span class=\"extra\">");
      Iterator<Map.Entry<String, JsonNode>> fields = extra.fields();
      boolean first = true;
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(first ? "" : "; ").append(Html.escape(field.getKey())).append(": ")
            .append(Html.escape(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
        first = false;
      }
      out.append("</span>");
    }
    JsonNode children = node.path("children");
    if (children.isArray() && children.size() > 0) {
      out.append("<ul class=\"profile\">");
      for (JsonNode child : children) {
        operator(child, slowest, out);
      }
      out.append("</ul>");
    }
    out.append("</li>");
  }

  private static double maxTiming(JsonNode operators) {
    double max = 0;
    for (JsonNode node : operators) {
      max = Math.max(max, node.path("timing").asDouble(node.path("operator_timing").asDouble()));
      max = Math.max(max, maxTiming(node.path("children")));
    }
    return max;
  }

  private static String seconds(double seconds) {
    return seconds < 1 ? String.format(java.util.Locale.ROOT, "%.3f ms", seconds * 1000)
        : String.format(java.util.Locale.ROOT, "%.3f s", seconds);
  }
}
