package dev.ember.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Embedded Ember serves the UI when a session is built with {@code spark.ember.ui.enabled}. */
class EmbeddedUiTest {
  /** The JVM's embedded engine stops with its UI: the next test's {@code Ember.session()} starts one without. */
  @AfterAll
  static void stopTheEngine() {
    Ember.shutdown();
  }

  @Test
  void aSessionBuiltWithTheUiOnServesIt() throws Exception {
    SparkSession spark = Ember.builder().config(EmberUi.ENABLED_CONF, true).config(EmberUi.PORT_CONF, 0).create();
    assertThat(spark.range(3).selectExpr("id * 2 AS twice").collectAsList()).hasSize(3);
    String url = Ember.uiUrl().orElseThrow();
    assertThat(url).startsWith("http://127.0.0.1:");
    HttpResponse<String> queries = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "queries"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(queries.statusCode()).isEqualTo(200);
    assertThat(queries.body()).contains("EmbeddedUiTest.aSessionBuiltWithTheUiOnServesIt(EmbeddedUiTest.java:");
    HttpResponse<String> sessions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
        + "sessions")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(sessions.body()).contains(((org.apache.spark.sql.connect.SparkSession) spark).sessionId());
  }
}
