package dev.ember.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes killed (SIGKILL) at random moments: a child JVM overwrites and appends a path and a table in a loop, several
 * files a write, and is killed; the next process finds each path and table holding exactly the old or the new data of
 * a write — never part of one — and the catalog opening cleanly, and goes on writing. The seed is printed.
 */
class CrashSafeWritesTest {
  private static final int KILLS = 20;
  private static final int OVERWRITE_ROWS = 2000;
  private static final int APPEND_ROWS = 500;

  @TempDir
  Path directory;

  /** A child JVM: checks what the last one left, prints it, then writes round after round until killed. */
  public static final class Writer {
    public static void main(String[] args) throws java.io.IOException {
      Path directory = Path.of(args[0]);
      int firstRound = Integer.parseInt(args[1]);
      SparkSession spark = Ember.session();
      spark.sql("CREATE TABLE IF NOT EXISTS overwritten (id BIGINT, tag INT) USING parquet");
      spark.sql("CREATE TABLE IF NOT EXISTS appended (id BIGINT, tag INT) USING parquet");
      boolean published = Files.exists(directory.resolve("published"));
      for (String check : checks(directory)) {
        try {
          System.out.println("check " + spark.sql(check).collectAsList());
        } catch (Exception e) {
          // a path no write has published yet (the client's AnalysisException is a checked exception)
          String condition = e instanceof org.apache.spark.SparkThrowable thrown ? thrown.getCondition() : e.toString();
          System.out.println("check " + (published || !"PATH_NOT_FOUND".equals(condition) ? condition : "[]"));
        }
      }
      System.out.println("writing");
      System.out.flush();
      if (firstRound < 0) {
        System.exit(0);
      }
      for (int round = firstRound; ; round++) {
        spark.range(OVERWRITE_ROWS).selectExpr("id", "CAST(" + round + " AS INT) AS tag").write().mode("overwrite")
            .option("maxRecordsPerFile", 300).parquet(directory.resolve("overwritten").toString());
        spark.range(APPEND_ROWS).selectExpr("id", "CAST(" + round + " AS INT) AS tag").write().mode("append")
            .option("maxRecordsPerFile", 100).parquet(directory.resolve("appended").toString());
        spark.sql("INSERT OVERWRITE overwritten SELECT id, CAST(" + round + " AS INT) FROM range(" + OVERWRITE_ROWS
            + ")");
        spark.sql("INSERT INTO appended SELECT id, CAST(" + round + " AS INT) FROM range(" + APPEND_ROWS + ")");
        if (!Files.exists(directory.resolve("published"))) {
          Files.createFile(directory.resolve("published"));
        }
      }
    }

    /** Queries whose answer is [] when every write was whole. */
    static List<String> checks(Path directory) {
      List<String> checks = new ArrayList<>();
      for (String overwritten : List.of("parquet.`" + directory.resolve("overwritten") + "`", "overwritten")) {
        checks.add("SELECT count(*), count(DISTINCT tag) FROM " + overwritten + " HAVING NOT (count(*) = 0 OR "
            + "(count(*) = " + OVERWRITE_ROWS + " AND count(DISTINCT tag) = 1 AND count(DISTINCT id) = "
            + OVERWRITE_ROWS + "))");
      }
      for (String appended : List.of("parquet.`" + directory.resolve("appended") + "`", "appended")) {
        checks.add("SELECT tag, count(*) FROM " + appended + " GROUP BY tag HAVING count(*) <> " + APPEND_ROWS
            + " OR count(DISTINCT id) <> " + APPEND_ROWS);
      }
      return checks;
    }
  }

  @Test
  void killedWritesLeaveTheOldOrTheNewData() throws Exception {
    long seed = System.nanoTime();
    System.out.println("CrashSafeWritesTest seed " + seed);
    Random random = new Random(seed);
    Files.createDirectories(directory.resolve("data"));
    for (int kill = 0; kill < KILLS; kill++) {
      Process writer = start(kill * 1000);
      BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
      List<String> checks = new ArrayList<>();
      String line;
      while ((line = out.readLine()) != null && !line.equals("writing")) {
        checks.add(line);
      }
      assertThat(line).as("the writer started (seed %d): %s", seed, errors(kill)).isEqualTo("writing");
      assertThat(checks).as("after kill %d (seed %d)", kill, seed).containsOnly("check []").hasSize(4);
      Thread.sleep(random.nextInt(700));
      writer.destroyForcibly();
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    Process last = start(-1);
    BufferedReader out = new BufferedReader(new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8));
    List<String> checks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      checks.add(out.readLine());
    }
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(checks).as("after the last kill (seed %d)", seed).containsOnly("check []");
    try (var stagings = Files.list(directory.resolve("data"))) {
      // (a directory a writer was killed while making, before it locked it, goes after 30 seconds)
      assertThat(stagings.map(path -> path.getFileName().toString())
          .filter(name -> name.startsWith(".ember-staging-") || name.startsWith(".ember-trash-")))
          .as("staging directories left beside the paths").isEmpty();
    }
  }

  private Process start(int firstRound) throws Exception {
    List<String> command = List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "-Dspark.sql.warehouse.dir=" + directory.resolve("warehouse"), "-cp", System.getProperty("java.class.path"),
        Writer.class.getName(), directory.resolve("data").toString(), Integer.toString(firstRound));
    return new ProcessBuilder(command).redirectError(directory.resolve("writer-" + firstRound + ".err").toFile())
        .start();
  }

  /** The end of what the writer of {@code kill} printed on its standard error. */
  private String errors(int kill) throws java.io.IOException {
    String text = Files.readString(directory.resolve("writer-" + (kill * 1000) + ".err"));
    return text.substring(0, Math.min(text.length(), 4000));
  }

}
