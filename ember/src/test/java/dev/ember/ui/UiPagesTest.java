package dev.ember.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.connect.SessionSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages' HTML from given content: escaped, with DuckDB's profile drawn as a tree. */
class UiPagesTest {
  private static final String PROFILE = """
      {"query": {"sql": "SELECT k FROM t WHERE v > 1", "cpu_time": 0.0042, "total_rows_scanned": 1000},
       "latency": 0.0031,
       "operator": [{"type": "RESULT_COLLECTOR", "timing": 0.00001, "intermediate_rows": 0, "extra_info": {},
         "children": [{"type": "FILTER", "timing": 0.002, "intermediate_rows": 12,
           "extra_info": {"Expression": "(v > 1)", "Estimated Cardinality": "200"},
           "children": [{"type": "TABLE_SCAN", "timing": 0.001, "intermediate_rows": 1000,
             "extra_info": {"Table": "<t>"}, "children": []}]}]}]}
      """;

  @Test
  void aProfileIsATreeOfOperatorsWithTheirTimesAndRows() {
    String html = ProfileTree.html(PROFILE, "SELECT k FROM t WHERE v > 1");
    assertThat(html).contains("latency 3.100 ms, CPU 4.200 ms, rows scanned 1,000");
    assertThat(html).contains("<li><span class=\"op\">FILTER</span><span class=\"metric\">2.000 ms</span>"
        + "<span class=\"metric\">12 rows</span><span class=\"bar\" style=\"width:120px\"></span>"
        + "<span class=\"extra\">Expression: (v &gt; 1); Estimated Cardinality: 200</span>"
        + "<ul class=\"profile\"><li><span class=\"op\">TABLE_SCAN</span><span class=\"metric\">1.000 ms</span>"
        + "<span class=\"metric\">1,000 rows</span><span class=\"bar\" style=\"width:60px\"></span>"
        + "<span class=\"extra\">Table: &lt;t&gt;</span></li></ul></li>");
  }

  @Test
  void theProfileOfAnotherStatementIsNotShown() {
    // a connection's last profile belongs to its previous statement when this one failed before it ran
    assertThat(ProfileTree.html(PROFILE, "SELECT 1")).isEqualTo("<p>No profile (the statement did not run).</p>");
  }

  @Test
  void aTextThatIsNoProfileIsShownEscaped() {
    assertThat(ProfileTree.html("<not json>", "SELECT 1")).isEqualTo("<pre>&lt;not json&gt;</pre>");
  }

  @Test
  void theSessionsPageEscapesWhatClientsSend() {
    String html = UiPages.sessions(List.of(new SessionSummary("a1b2", "<script>alert(1)</script>", 0L, 61_000L,
        List.of("op-1"))));
    assertThat(html).contains("<p>1 open session</p>")
        .contains("<td>a1b2</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>1970-01-01 00:00:00 UTC</td>"
            + "<td>1970-01-01 00:01:01 UTC</td><td><a href=\"/queries/op-1\">op-1</a><br></td>")
        .doesNotContain("<script>");
  }

  @Test
  void emptyQueryTablesAndTheAutoRefreshBox() {
    String html = UiPages.queries(List.of(), List.of(), 200, java.util.Set.of());
    assertThat(html).contains("<h2>Running (0)</h2>").contains("<h2>Finished (0, the last 200 kept)</h2>")
        .contains("<input type=\"checkbox\" id=\"auto-refresh\">");
  }

  @Test
  void durationsReadAsSparksUi() {
    assertThat(List.of(Html.duration(12), Html.duration(3_400), Html.duration(126_000), Html.duration(5_400_000)))
        .containsExactly("12 ms", "3.4 s", "2.1 min", "1.5 h");
  }

  @Test
  void theUiIsOffUnlessTurnedOn() {
    assertThat(EmberUi.enabled(java.util.Map.of(), false)).isFalse();
    assertThat(EmberUi.enabled(java.util.Map.of(EmberUi.ENABLED_CONF, "true"), false)).isTrue();
    assertThat(EmberUi.enabled(java.util.Map.of(EmberUi.ENABLED_CONF, "false"), true)).isFalse();
  }
}
