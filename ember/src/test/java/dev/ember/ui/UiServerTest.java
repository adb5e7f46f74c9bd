package dev.ember.ui;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.EmberServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI's pages over HTTP, as a server with a token serves them to its clients' queries. */
class UiServerTest {
  private static final String TOKEN = "ui-t0ken+x";
  /** Any text inside one row of a table of queries. */
  static final String WITHIN_ROW = "(?:(?!data-operation).)*?";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static EmberServer server;
  private static SparkSession spark;
  private static String ui;

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of("spark.connect.authenticate.token", TOKEN,
        EmberUi.ENABLED_CONF, "true", EmberUi.PORT_CONF, "0"));
    spark = SparkSession.builder().remote("sc://localhost:" + server.port() + "/;token=" + TOKEN).create();
    ui = server.uiUrl().orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
    server.close();
  }

  @Test
  void aFinishedQueryShowsItsCallSitePlanSqlAndProfile() throws Exception {
    assertThat(spark.range(100).filter(col("id").gt(95)).select(col("id").multiply(2).as("twice")).collectAsList())
        .hasSize(4);
    String queries = get("queries").body();
    Matcher row = Pattern.compile("data-operation=\"([0-9a-f-]+)\"><td>" + WITHIN_ROW
        + "<td class=\"site\">UiServerTest\\.aFinishedQueryShowsItsCallSitePlanSqlAndProfile\\(UiServerTest\\.java:\\d+\\)" + WITHIN_ROW
        + "</tr>").matcher(queries);
    assertThat(row.find()).as(queries).isTrue();
    assertThat(row.group()).contains("SUCCEEDED").contains("<td class=\"num\">4</td>");
    String page = get("queries/" + row.group(1)).body();
    assertThat(page).contains("<pre id=\"plan\">twice: bigint\nProject [(id#")
        .contains("Filter (id#").contains("Range (0, 100, step=1");
    assertThat(page).containsPattern("<pre id=\"sql\">SELECT[\\s\\S]*range");
    // DuckDB's profile as a tree: operators with their times and rows, nested
    assertThat(page).contains("<ul class=\"profile\">").contains("<span class=\"op\">FILTER</span>")
        .containsPattern("<span class=\"op\">TABLE_SCAN</span><span class=\"metric\">[0-9.]+ ms</span>"
            + "<span class=\"metric\">100 rows</span>");
  }

  @Test
  void aFailedQueryShowsSparksError() throws Exception {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> spark.sql("SELECT no_such_column").collect())
        .isInstanceOf(org.apache.spark.sql.AnalysisException.class);
    String queries = get("queries").body();
    Matcher row = Pattern.compile("data-operation=\"([0-9a-f-]+)\"><td>" + WITHIN_ROW + "SELECT no_such_column"
        + WITHIN_ROW + "class=\"FAILED\"" + WITHIN_ROW + "</tr>")
        .matcher(queries);
    assertThat(row.find()).as(queries).isTrue();
    assertThat(row.group()).contains("class=\"FAILED\">FAILED").contains("UNRESOLVED_COLUMN");
    assertThat(get("queries/" + row.group(1)).body()).contains("<pre id=\"error\">UNRESOLVED_COLUMN.WITHOUT_SUGGESTION");
  }

  @Test
  void theSessionsPageListsTheClientsSession() throws Exception {
    spark.range(1).collect();
    String page = get("sessions").body();
    assertThat(page).contains(((org.apache.spark.sql.connect.SparkSession) spark).sessionId())
        .contains("<td>" + System.getProperty("user.name") + "</td>");
  }

  @Test
  void aRunningQueryIsCancelledFromThePage() throws Exception {
    SparkSession other = SparkSession.builder().remote("sc://localhost:" + server.port() + "/;token=" + TOKEN).create();
    try {
      CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
        try {
          other.sql("SELECT count(*) FROM range(100000000000)").collect();
          return null;
        } catch (Exception failure) {
          return failure;
        }
      });
      String operationId = awaitRunningOperation();
      // DuckDB's progress of the running query shows beside its status
      Pattern progress = Pattern.compile("data-operation=\"" + operationId + "\">" + WITHIN_ROW
          + "RUNNING <span class=\"progress\">\\d+%</span>");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!progress.matcher(get("queries").body()).find()) {
        assertThat(System.nanoTime()).as("no progress shown").isLessThan(deadline);
        Thread.sleep(50);
      }
      HttpResponse<String> cancelled = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "queries/" + operationId
          + "/cancel")).header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(cancelled.statusCode()).isEqualTo(303);
      Throwable failure = running.get(60, TimeUnit.SECONDS);
      assertThat(failure).isInstanceOfSatisfying(SparkException.class,
          error -> assertThat(error.getCondition()).isEqualTo("OPERATION_CANCELED"));
      assertThat(get("queries/" + operationId).body()).contains("<span id=\"status\" class=\"CANCELLED\">");
    } finally {
      other.close();
    }
  }

  @Test
  void everyPageNeedsTheToken() throws Exception {
    HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "queries")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(without.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "queries"))
        .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> cancel = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "queries/x/cancel"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(cancel.statusCode()).isEqualTo(401);
    // the link with the token sets a cookie that lets the browser in
    HttpResponse<String> link = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "sessions?token="
        + java.net.URLEncoder.encode(TOKEN, java.nio.charset.StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(link.statusCode()).isEqualTo(303);
    assertThat(link.headers().firstValue("Location")).hasValue("/sessions");
    String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    HttpResponse<String> withCookie = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "sessions"))
        .header("Cookie", cookie.split(";")[0]).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(withCookie.statusCode()).isEqualTo(200);
    assertThat(withCookie.body()).contains("<h1>Sessions</h1>");
  }

  @Test
  void aNonLoopbackUiNeedsAToken() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmberServer.start("127.0.0.1", 0, Map.of(
        EmberUi.ENABLED_CONF, "true", EmberUi.PORT_CONF, "0", EmberUi.HOST_CONF, "0.0.0.0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a token");
  }

  /** The id of the operation that shows as running on the queries page, once one does. */
  private static String awaitRunningOperation() throws Exception {
    Pattern running = Pattern.compile("data-operation=\"([0-9a-f-]+)\"><td>" + WITHIN_ROW
        + "class=\"RUNNING\">RUNNING (?:<span class=\"progress\">\\d+%</span> )?<form");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String page = get("queries").body();
      String runningTable = page.substring(page.indexOf("<table id=\"running\">"), page.indexOf("<table id=\"finished\">"));
      Matcher matcher = running.matcher(runningTable);
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no query ran");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ui + path))
        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
