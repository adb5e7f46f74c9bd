package dev.ember.ui;

import dev.ember.connect.ExecutedStatement;
import dev.ember.connect.QueryRecord;
import dev.ember.connect.SessionSummary;
import java.util.List;

/** The UI's pages as HTML, from what the service recorded: sessions, queries, one query in detail. */
final class UiPages {
  /** A box that reloads the page every 2 s while ticked (kept for the browser tab). */
  private static final String AUTO_REFRESH = "<label><input type=\"checkbox\" id=\"auto-refresh\"> refresh every 2 s"
      + "</label><script>const box=document.getElementById('auto-refresh');"
      + "box.checked=sessionStorage.getItem('emberRefresh')==='1';"
      + "box.onchange=()=>{sessionStorage.setItem('emberRefresh',box.checked?'1':'0');if(box.checked)location.reload();};"
      + "if(box.checked)setTimeout(()=>location.reload(),2000);</script>";

  private UiPages() {
  }

  static String sessions(List<SessionSummary> sessions) {
    StringBuilder out = new StringBuilder("<p>").append(sessions.size()).append(" open session")
        .append(sessions.size() == 1 ? "" : "s").append("</p><table id=\"sessions\"><tr><th>Session</th><th>User</th>"
            + "<th>Started</th><th>Last activity</th><th>Running operations</th></tr>");
    for (SessionSummary session : sessions) {
      out.append("<tr><td>").append(Html.escape(session.sessionId())).append("</td><td>")
          .append(Html.escape(session.userId())).append("</td><td>").append(Html.time(session.startMillis()))
          .append("</td><td>").append(Html.time(session.lastActivityMillis())).append("</td><td>");
      for (String operation : session.runningOperations()) {
        out.append("<a href=\"/queries/").append(Html.escape(operation)).append("\">").append(Html.escape(operation))
            .append("</a><br>");
      }
      out.append("</td></tr>");
    }
    return Html.page("Sessions", out.append("</table>").toString());
  }

  /** The running and finished queries; those DuckDB runs now ({@code cancellable}) have a Cancel button. */
  static String queries(List<QueryRecord> running, List<QueryRecord> finished, int kept,
      java.util.Set<String> cancellable) {
    return queries(running, finished, kept, cancellable, operation -> java.util.Optional.empty());
  }

  /** The same, with DuckDB's progress of each running query, when it knows it. */
  static String queries(List<QueryRecord> running, List<QueryRecord> finished, int kept,
      java.util.Set<String> cancellable, java.util.function.Function<String, java.util.Optional<Double>> progress) {
    StringBuilder out = new StringBuilder(AUTO_REFRESH);
    out.append("<h2>Running (").append(running.size()).append(")</h2>");
    table(out, "running", running, cancellable, progress);
    out.append("<h2>Finished (").append(finished.size()).append(", the last ").append(kept).append(" kept)</h2>");
    table(out, "finished", finished, java.util.Set.of(), operation -> java.util.Optional.empty());
    return Html.page("Queries", out.toString());
  }

  private static void table(StringBuilder out, String id, List<QueryRecord> records,
      java.util.Set<String> cancellable, java.util.function.Function<String, java.util.Optional<Double>> progress) {
    out.append("<table id=\"").append(id).append("\"><tr><th>Operation</th><th>Description</th><th>Call site</th>"
        + "<th>User</th><th>Started</th><th>Duration</th><th>Rows</th><th>Status</th></tr>");
    for (QueryRecord record : records) {
      out.append("<tr class=\"query\" data-operation=\"").append(Html.escape(record.operationId())).append("\"><td>")
          .append("<a href=\"/queries/").append(Html.escape(record.operationId())).append("\">")
          .append(Html.escape(record.operationId().substring(0, Math.min(8, record.operationId().length()))))
          .append("</a></td><td>").append(Html.escape(abbreviate(record.description(), 120)))
          .append("</td><td class=\"site\">").append(Html.escape(record.callSite().map(UiPages::withoutPackage).orElse("")))
          .append("</td><td>")
          .append(Html.escape(record.userId())).append("</td><td>").append(Html.time(record.startMillis()))
          .append("</td><td class=\"num\">").append(Html.duration(record.durationMillis()))
          .append("</td><td class=\"num\">").append(record.rows()).append("</td><td class=\"")
          .append(record.status()).append("\">").append(record.status());
      progress.apply(record.operationId()).ifPresent(done -> out.append(" <span class=\"progress\">")
          .append(Math.round(done * 100)).append("%</span>"));
      if (cancellable.contains(record.operationId())) {
        cancelButton(out, record);
      }
      record.error().ifPresent(error -> out.append("<br><small>").append(Html.escape(abbreviate(error, 160)))
          .append("</small>"));
      out.append("</td></tr>");
    }
    out.append("</table>");
  }

  private static void cancelButton(StringBuilder out, QueryRecord record) {
    out.append(" <form method=\"post\" action=\"/queries/").append(Html.escape(record.operationId()))
        .append("/cancel\" style=\"display:inline\"><button type=\"submit\" class=\"cancel\">Cancel</button></form>");
  }

  /** One query in detail; a Cancel button while DuckDB runs it ({@code cancellable}). */
  static String query(QueryRecord record, boolean cancellable) {
    StringBuilder out = new StringBuilder("<table id=\"summary\">");
    row(out, "Operation", Html.escape(record.operationId()));
    StringBuilder status = new StringBuilder("<span id=\"status\" class=\"").append(record.status()).append("\">")
        .append(record.status()).append("</span>");
    if (cancellable && record.status() == QueryRecord.Status.RUNNING) {
      cancelButton(status, record);
    }
    row(out, "Status", status.toString());
    row(out, "Session", Html.escape(record.sessionId()));
    row(out, "User", Html.escape(record.userId()));
    row(out, "Description", "<pre>" + Html.escape(record.description()) + "</pre>");
    row(out, "Call site", Html.escape(record.callSite().orElse("(not sent by the client)")));
    if (!record.tags().isEmpty()) {
      row(out, "Tags", Html.escape(String.join(", ", record.tags())));
    }
    row(out, "Started", Html.time(record.startMillis()));
    row(out, "Duration", Html.duration(record.durationMillis()));
    row(out, "Rows", Long.toString(record.rows()));
    record.error().ifPresent(error -> row(out, "Error", "<pre id=\"error\">" + Html.escape(error) + "</pre>"));
    out.append("</table>");
    out.append("<h2>Plan</h2><pre id=\"plan\">").append(Html.escape(record.sparkPlan().orElse("(none: no query planned)")))
        .append("</pre>");
    out.append("<h2>DuckDB SQL</h2><pre id=\"sql\">").append(Html.escape(record.duckDbSql().orElse("(none)")))
        .append("</pre>");
    List<ExecutedStatement> statements = record.statements();
    out.append("<h2>DuckDB profile</h2>");
    if (statements.isEmpty()) {
      out.append("<p>No DuckDB statement ran").append(record.status() == QueryRecord.Status.RUNNING ? " yet" : "")
          .append(".</p>");
    }
    int number = 1;
    for (ExecutedStatement statement : statements) {
      out.append("<div class=\"statement\"><h3>Statement ").append(number++).append(" (")
          .append(Html.duration(statement.nanos() / 1_000_000)).append(")</h3>");
      if (statements.size() > 1) {
        out.append("<pre>").append(Html.escape(abbreviate(statement.sql(), 2000))).append("</pre>");
      }
      out.append(statement.profileJson().map(json -> ProfileTree.html(json, statement.sql())).orElse("<p>No profile (the statement did not run).</p>"))
          .append("</div>");
    }
    return Html.page("Query " + record.operationId(), out.toString());
  }

  static String notFound(String what) {
    return Html.page("Not found", "<p>" + Html.escape(what) + "</p>");
  }

  private static void row(StringBuilder out, String name, String html) {
    out.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>");
  }

  /** {@code com.acme.Job.main(Job.java:12)} as {@code Job.main(Job.java:12)}: the table's column stays narrow. */
  private static String withoutPackage(String callSite) {
    int call = callSite.indexOf('(');
    int method = callSite.lastIndexOf('.', call < 0 ? callSite.length() : call);
    int type = method < 0 ? -1 : callSite.lastIndexOf('.', method - 1);
    return type < 0 ? callSite : callSite.substring(type + 1);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
