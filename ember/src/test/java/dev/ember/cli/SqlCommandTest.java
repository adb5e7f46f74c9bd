package dev.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.EmberServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ember sql -e/-f/-i/--conf/--database/--output} in-process, and the help of {@code bin/ember}. */
class SqlCommandTest {
  private static final String TIMING = "Time taken: \\d+\\.\\d+ seconds";

  @TempDir
  Path directory;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int sql(String... arguments) {
    return sqlWithInput("", arguments);
  }

  private int sqlWithInput(String input, String... arguments) {
    SqlCommand command = new SqlCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new CommandLine(command).execute(arguments);
  }

  @Test
  void statementsPipedInRunAsAScript() {
    assertThat(sqlWithInput("SELECT 'piped' AS s;\nSELECT 2;\n")).isZero();
    assertThat(out()).isEqualTo("piped\n2\n");
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void executeRunsEveryStatementAndReportsEach() {
    assertThat(sql("-e", "SELECT 1 AS a, 'x;y' AS b; SELECT id FROM range(3) -- three rows; not a statement\n;"))
        .isZero();
    assertThat(out()).isEqualTo("1\tx;y\n0\n1\n2\n");
    assertThat(err()).matches(TIMING + ", Fetched 1 row\\(s\\)\n" + TIMING + ", Fetched 3 row\\(s\\)\n");
  }

  @Test
  void aFailingStatementEndsTheScriptWithExitCodeOne() throws IOException {
    Path script = Files.writeString(directory.resolve("script.sql"),
        "SELECT 1;\nSELECT nosuchcolumn FROM range(1);\nSELECT 3;\n");
    assertThat(sql("-f", script.toString())).isEqualTo(1);
    assertThat(out()).isEqualTo("1\n");
    assertThat(err()).contains("[UNRESOLVED_COLUMN.WITH_SUGGESTION]", "SQLSTATE: 42703").doesNotContain("\tat ");
  }

  @Test
  void databaseConfsAndInitFilesComeFirst() throws IOException {
    assertThat(sql("-e", "CREATE DATABASE IF NOT EXISTS shell_db")).isZero();
    out.reset();
    try {
      // as spark-sql: USE the database, then the init files (their output is printed too)
      Path init = Files.writeString(directory.resolve("init.sql"),
          "CREATE OR REPLACE TEMPORARY VIEW shell_v AS SELECT 1 AS id, 'a,b' AS s;\n");
      assertThat(sql("-i", init.toString(), "--database", "shell_db", "--conf", "spark.sql.cli.print.header=true",
          "--conf", "spark.sql.ansi.enabled=false", "-e", "SELECT current_database() AS db, 1/0 AS q, * FROM shell_v"))
          .isZero();
      assertThat(out()).isEqualTo("db\tq\tid\ts\nshell_db\tNULL\t1\ta,b\n");
    } finally {
      // the engine (and its warehouse) outlive the test: other tests list the databases
      assertThat(sql("-e", "DROP DATABASE shell_db CASCADE")).isZero();
    }
  }

  @Test
  void csvJsonAndTableOutputs() {
    String query = "SELECT * FROM VALUES (1, 'a,b', array(1, 2)), (2, NULL, NULL) AS t(id, s, arr) ORDER BY id";
    assertThat(sql("--output", "csv", "-e", query)).isZero();
    assertThat(out()).isEqualTo("id,s,arr\n1,\"a,b\",\"[1,2]\"\n2,,\n");
    out.reset();
    assertThat(sql("-o", "json", "-e", query)).isZero();
    assertThat(out()).isEqualTo("{\"id\":1,\"s\":\"a,b\",\"arr\":[1,2]}\n{\"id\":2,\"s\":null,\"arr\":null}\n");
    out.reset();
    err.reset();
    assertThat(sql("-o", "table", "-e", "CREATE OR REPLACE TEMPORARY VIEW shell_t AS " + query + "; SELECT * FROM shell_t"))
        .isZero();
    assertThat(out()).isEqualTo("""
        +---+----+------+
        | id|   s|   arr|
        +---+----+------+
        |  1| a,b|[1, 2]|
        |  2|NULL|  NULL|
        +---+----+------+
        """);
    assertThat(err()).matches(TIMING + "\n" + TIMING + ", Fetched 2 row\\(s\\)\n");
  }

  @Test
  void remoteRunsOnASparkConnectServer() {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, java.util.Map.of())) {
      assertThat(sql("--remote", server.remoteUrl(), "-e", "SELECT 'over the wire' AS s, 2 AS n")).isZero();
      assertThat(out()).isEqualTo("over the wire\t2\n");
      assertThat(err()).matches(TIMING + ", Fetched 1 row\\(s\\)\n");
    }
  }

  @Test
  void badArgumentsAndMissingFiles() {
    assertThat(sql("-o", "xml", "-e", "SELECT 1")).isEqualTo(2);
    assertThat(err()).contains("unknown output format xml");
    err.reset();
    assertThat(sql("-f", directory.resolve("missing.sql").toString())).isEqualTo(3);
    assertThat(err()).startsWith("Could not open input file for reading.");
  }

  @Test
  void helpAndVersion() {
    StringWriter help = new StringWriter();
    CommandLine ember = new CommandLine(new EmberCli()).setOut(new PrintWriter(help));
    assertThat(ember.execute("--help")).isZero();
    assertThat(help.toString()).contains("Usage: ember", "server", "submit", "sql", "--version");
    help.getBuffer().setLength(0);
    assertThat(ember.execute("sql", "--help")).isZero();
    assertThat(help.toString()).contains("Usage: ember sql", "-e, --execute=SQL", "-f, --file=FILE", "-i, --init=FILE",
        "--conf=KEY=VALUE", "-d, --database=DB", "--remote=URL", "-o, --output=FORMAT", "--history=FILE",
        "Exit codes:");
    help.getBuffer().setLength(0);
    assertThat(ember.execute("--version")).isZero();
    assertThat(help.toString()).startsWith("Ember ").contains("Spark 4.2.0");
  }
}
