package dev.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import dev.ember.cli.shell.OutputFormat;
import dev.ember.cli.shell.StatementRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/ember sql} prints what Spark 4.2.0's {@code spark-sql} prints, statement by statement: the goldens
 * (spark-sql-cli.golden) were written by real Spark (ember-reference's SparkSqlCliGoldens) from spark-sql-cli.sql.
 * Rows are compared exactly; an error by its first line up to the SQLSTATE (Spark's message goes on with its
 * plan or query context, which Ember words differently).
 */
class SqlShellGoldenTest {
  private static final Pattern ERROR_HEAD = Pattern.compile("^(.*?SQLSTATE: [0-9A-Z]{5})");

  @Test
  void everyStatementPrintsWhatSparkSqlPrints() throws IOException {
    Map<String, List<String>> expected = goldens();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
    SparkSession spark = Ember.builder().config("spark.sql.session.timeZone", "UTC").create();
    try {
      for (Map.Entry<String, List<String>> golden : expected.entrySet()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String statement = golden.getKey().substring(0, golden.getKey().length() - 1);
        int code = new StatementRunner(spark, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), OutputFormat.TSV, false).run(statement);
        List<String> printed = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(line -> printed.add("| " + line));
        String errors = err.toString(StandardCharsets.UTF_8);
        if (code != 0) {
          printed.add("! " + errorHead(errors));
        } else {
          assertThat(errors).as(statement).matches("Time taken: \\d+\\.\\d+ seconds(, Fetched \\d+ row\\(s\\))?\\R");
        }
        List<String> wanted = new ArrayList<>();
        for (String line : golden.getValue()) {
          if (line.startsWith("| ")) {
            wanted.add(line);
          }
        }
        String sparkError = errorHead(String.join("\n", golden.getValue().stream().filter(l -> l.startsWith("! "))
            .map(l -> l.substring(2)).toList()));
        if (!sparkError.isEmpty()) {
          wanted.add("! " + sparkError);
        }
        assertThat(printed).as(statement).containsExactlyElementsOf(wanted);
      }
    } finally {
      spark.close();
    }
  }

  /** The first line of an error that is not blank, up to its SQLSTATE. */
  private static String errorHead(String message) {
    for (String line : message.split("\n")) {
      if (!line.isBlank()) {
        Matcher head = ERROR_HEAD.matcher(line);
        return head.find() ? head.group(1) : line;
      }
    }
    return "";
  }

  /** Statement (with its ;) to the golden lines that follow it. */
  private static Map<String, List<String>> goldens() throws IOException {
    Map<String, List<String>> goldens = new LinkedHashMap<>();
    List<String> current = null;
    try (InputStream in = SqlShellGoldenTest.class.getResourceAsStream("shell/spark-sql-cli.golden")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("> ")) {
          current = new ArrayList<>();
          goldens.put(line.substring(2), current);
        } else {
          current.add(line);
        }
      }
    }
    return goldens;
  }
}
