package dev.ember.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.Ember;
import dev.ember.conformance.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever DataFrame program a user writes — deep or wide plans, odd column names, literals of
 * every type, random reader options over random and damaged CSV, JSON and Parquet files — no call ends in
 * INTERNAL_ERROR, a gRPC failure without a Spark error, a JVM error or a hang, and the session still
 * answers afterwards. A seeded generator: 300 programs by default, {@code -Dember.fuzz.tries=N} for a long
 * run, {@code -Dember.fuzz.seed=S} to start from the program a failure names (docs/robustness.md).
 */
class BadInputFuzzTest {
  private static final long CALL_LIMIT_SECONDS = Long.getLong("ember.fuzz.callSeconds", 30);
  private static final int TRIES = Integer.getInteger("ember.fuzz.tries", 300);
  private static SparkSession spark;
  private static GuardedCalls calls;
  private static Path directory;
  private static byte[] parquet;

  @BeforeAll
  static void start() throws Exception {
    spark = Ember.session();
    calls = new GuardedCalls(CALL_LIMIT_SECONDS);
    directory = Files.createTempDirectory("ember-fuzz");
    parquet = Files.readAllBytes(Path.of(System.getProperty("ember.conformance.data"), "orders.parquet"));
  }

  @AfterAll
  static void stop() throws java.io.IOException {
    calls.close();
    try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void everyCallAnswersAsSparkMay() throws Exception {
    long firstSeed = Long.getLong("ember.fuzz.seed", 20_261_204L);
    List<String> failures = new ArrayList<>();
    for (int program = 0; program < TRIES; program++) {
      runProgram(firstSeed + program).ifPresent(failures::add);
    }
    assertThat(failures).as("%d of %d programs failed", failures.size(), TRIES).isEmpty();
  }

  /** What went wrong in the program of this seed, with the seed and the program's steps. */
  private static java.util.Optional<String> runProgram(long programSeed) throws Exception {
    Random random = new Random(programSeed);
    Path programDirectory = Files.createTempDirectory(directory, "p");
    RandomPrograms programs = new RandomPrograms(random, new RandomInputFiles(random, programDirectory, parquet));
    StringBuilder description = new StringBuilder();
    List<String> findings = new ArrayList<>();
    AtomicReference<Dataset<Row>> program = new AtomicReference<>();
    findings.add(calls.run(spark, () -> {
      program.set(programs.program(spark, description));
      return null;
    }));
    if (program.get() != null) {
      Dataset<Row> df = program.get();
      findings.add(calls.run(spark, df::schema));
      findings.add(calls.run(spark, df::collectAsList));
      findings.add(calls.run(spark, df::count));
      int rows = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(30);
      int truncate = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(30);
      boolean vertical = random.nextBoolean();
      findings.add(calls.run(spark, () -> ConsoleCapture.capture(() -> df.show(rows, truncate, vertical))));
    }
    findings.add(calls.run(spark, () -> assertThat(spark.range(1).count()).isEqualTo(1L)));
    findings.removeIf(String::isEmpty);
    return findings.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.format(
        "program seed %d (replay: -Dember.fuzz.seed=%d -Dember.fuzz.tries=1): %s%n%s%n", programSeed, programSeed,
        findings, description));
  }
}
