package dev.ember.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The shell's status line: a bar of the engine's progress where it is known, the time run otherwise. */
class ProgressLineTest {
  @Test
  void drawsABarOfTheKnownProgressAndTheTimeOtherwise() {
    assertThat(ProgressLine.text(Optional.empty(), 3.5)).isEqualTo("[running 3.5 s, Ctrl-C cancels]");
    assertThat(ProgressLine.text(Optional.of(0.5), 2.0))
        .isEqualTo("[===============>              ]  50% 2.0 s, Ctrl-C cancels");
    assertThat(ProgressLine.text(Optional.of(0.0), 1.0))
        .isEqualTo("[>                             ]   0% 1.0 s, Ctrl-C cancels");
    assertThat(ProgressLine.text(Optional.of(1.0), 9.25))
        .isEqualTo("[==============================] 100% 9.3 s, Ctrl-C cancels");
  }

  @Test
  void theEmbeddedEngineTellsHowFarARunningQueryOfASessionIs() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      String sessionId = ((org.apache.spark.sql.connect.SparkSession) spark).sessionId();
      assertThat(Ember.progressOf(sessionId)).isEmpty();
      CompletableFuture<Object> running = CompletableFuture.supplyAsync(() ->
          spark.range(0, 20_000_000_000L).selectExpr("sum(id % 7)").collectAsList());
      Optional<Double> progress = Optional.empty();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (progress.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        progress = Ember.progressOf(sessionId);
      }
      spark.interruptAll();
      assertThat(progress).hasValueSatisfying(fraction -> assertThat(fraction).isBetween(0.0, 1.0));
      assertThat(running).failsWithin(java.time.Duration.ofSeconds(60));
      assertThat(Ember.progressOf("no such session")).isEmpty();
    }
  }
}
