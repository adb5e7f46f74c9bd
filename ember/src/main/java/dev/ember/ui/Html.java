package dev.ember.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The pieces every page is made of: escaped text, times, durations and the page around the content. */
final class Html {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(
      ZoneOffset.UTC);

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:0;color:#222}
      header{background:#2b2f36;color:#fff;padding:8px 16px;display:flex;gap:24px;align-items:center}
      header a{color:#ffb454;text-decoration:none;font-weight:600}header .brand{color:#fff;font-size:1.2em}
      main{padding:8px 16px}table{border-collapse:collapse;width:100%;margin-bottom:16px}
      th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;font-size:.92em}
      th{background:#f3f3f3}td.site{max-width:260px;overflow-wrap:anywhere}td.num{text-align:right}pre{background:#f7f7f7;padding:8px;overflow:auto;font-size:.85em}
      .RUNNING{color:#0b63c5}.SUCCEEDED{color:#2e7d32}.FAILED{color:#c62828}.CANCELLED{color:#8d6e00}
      ul.profile{list-style:none;padding-left:18px;border-left:1px dotted #bbb;margin:0}
      ul.profile li{margin:2px 0}.op{font-weight:600}.metric{color:#555;font-size:.9em;margin-left:8px}
      .bar{display:inline-block;height:8px;background:#ffb454;margin-left:8px;vertical-align:middle}
      .extra{color:#777;font-size:.85em;margin-left:8px}button{cursor:pointer}
      """;

  private Html() {
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String time(long millis) {
    return TIME.format(Instant.ofEpochMilli(millis)) + " UTC";
  }

  /** A duration as Spark's UI writes one: 12 ms, 3.4 s, 2.1 min, 1.5 h. */
  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    double seconds = millis / 1000.0;
    if (seconds < 60) {
      return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }
    double minutes = seconds / 60;
    return minutes < 60 ? String.format(java.util.Locale.ROOT, "%.1f min", minutes)
        : String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60);
  }

  /** A whole page: title, navigation and content. */
  static String page(String title, String content) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + " - Ember</title><style>" + STYLE + "</style></head><body><header><span class=\"brand\">Ember</span>"
        + "<a href=\"/queries\" id=\"nav-queries\">Queries</a><a href=\"/sessions\" id=\"nav-sessions\">Sessions</a>"
        + "</header><main><h1>" + escape(title) + "</h1>" + content + "</main></body></html>\n";
  }
}
