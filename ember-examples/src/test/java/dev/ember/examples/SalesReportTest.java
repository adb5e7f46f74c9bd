package dev.ember.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import dev.ember.conformance.ConsoleCapture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example job prints exactly what real Spark 4.2.0 printed for it (sales-report.golden.txt). */
class SalesReportTest {
  @Test
  void printsWhatSparkPrints() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/sales-report.golden.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ConsoleCapture.capture(() -> SalesReport.run(Ember.session())))
        .isEqualTo(asPrintedByConnectClient(expected));
  }

  /**
   * Classic Spark prints {@code show()} tables with println, the Spark Connect client with print
   * (its table text has no final newline after "only showing top N rows"): the same tables, one
   * newline less after each. This is what any Spark Connect server's client prints.
   */
  static String asPrintedByConnectClient(String classicOutput) {
    return classicOutput
        .replaceAll("(?m)^(\\+[-+]*\\+)\n\n", "$1\n")
        .replaceAll("(?m)^(only showing top \\d+ rows?)\n", "$1");
  }
}
