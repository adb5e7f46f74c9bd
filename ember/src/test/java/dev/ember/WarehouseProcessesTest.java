package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse across JVMs: what one process creates the next one reads; while one process has the warehouse open,
 * a second one is refused with WAREHOUSE_IN_USE and the first one's catalog stays intact.
 */
class WarehouseProcessesTest {
  @TempDir
  Path warehouse;

  /** A child JVM running one statement per argument, printing each result's rows or error class. */
  public static final class Statements {
    public static void main(String[] args) throws Exception {
      SparkSession spark = Ember.session();
      for (String statement : args) {
        if (statement.equals("WAIT")) {
          System.out.println("waiting");
          System.out.flush();
          System.in.read();
          continue;
        }
        try {
          System.out.println(spark.sql(statement).collectAsList());
        } catch (Exception e) {
          String message = String.valueOf(e.getMessage());
          System.out.println("error " + e.getClass().getSimpleName() + " " + message);
        }
        System.out.flush();
      }
      System.exit(0);
    }
  }

  @Test
  void aTableCreatedInOneProcessIsQueriedInTheNext() throws Exception {
    assertThat(run("CREATE DATABASE sales", "CREATE TABLE sales.orders (id INT, country STRING) USING parquet "
        + "PARTITIONED BY (country)", "INSERT INTO sales.orders VALUES (1, 'FR'), (2, 'DE')",
        "CREATE VIEW sales.fr AS SELECT id FROM sales.orders WHERE country = 'FR'"))
        .doesNotContain("error");
    assertThat(run("SELECT * FROM sales.orders ORDER BY id", "SELECT * FROM sales.fr", "SHOW TABLES IN sales"))
        .isEqualTo(String.join(System.lineSeparator(), "[[1,FR], [2,DE]]", "[[1]]",
            "[[sales,fr,false], [sales,orders,false]]", ""));
  }

  @Test
  void aSecondProcessIsRefusedWhileTheFirstHoldsTheWarehouse() throws Exception {
    Process holder = start("CREATE DATABASE held", "WAIT");
    try {
      String first = new String(holder.getInputStream().readNBytes("[]\nwaiting\n".length()), StandardCharsets.UTF_8);
      assertThat(first).contains("waiting");
      assertThat(run("CREATE DATABASE other", "SHOW DATABASES")).startsWith("error AnalysisException "
          + "java.lang.IllegalStateException: The warehouse file:" + warehouse + " is in use by another process");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(120, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(run("SHOW DATABASES")).contains("[[default], [held]]");
  }

  private String run(String... statements) throws Exception {
    Process process = start(statements);
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private Process start(String... statements) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "-Dspark.sql.warehouse.dir=" + warehouse, "-cp", System.getProperty("java.class.path"),
        Statements.class.getName()));
    command.addAll(List.of(statements));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
