package dev.ember.reference;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.CaseRunner;
import dev.ember.conformance.ConformanceCase;
import dev.ember.conformance.ConformanceSuite;
import dev.ember.conformance.ConsoleCapture;
import dev.ember.conformance.GoldenFile;
import dev.ember.examples.SalesReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Runs every conformance case on real Apache Spark 4.2.0 (classic, local mode) and writes what it
 * observed as golden files: the expected output Ember's tests compare against.
 */
public final class GenerateGoldens {
  private GenerateGoldens() {
  }

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    List<String> only = args.length > 1 && !args[1].isBlank() ? Arrays.asList(args[1].split(",")) : List.of();
    long start = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("ember-reference")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    int total = 0;
    for (CaseGroup group : ConformanceSuite.groups()) {
      if (!only.isEmpty() && !only.contains(group.name())) {
        continue;
      }
      Map<String, Map<String, String>> results = new LinkedHashMap<>();
      for (ConformanceCase conformanceCase : group.cases()) {
        results.put(conformanceCase.name(), CaseRunner.run(spark, conformanceCase));
      }
      GoldenFile.write(directory, group.name(), results);
      total += results.size();
      System.out.printf("%-20s %4d cases%n", group.name(), results.size());
    }
    if (args.length > 3 && (only.isEmpty() || only.contains("spark_confs"))) {
      SparkConfRegistry.write(Path.of(args[3]));
    }
    if (args.length > 4 && (only.isEmpty() || only.contains("spark_functions"))) {
      SparkFunctionRegistry.write(spark, Path.of(args[4]));
    }
    if (args.length > 6 && (only.isEmpty() || only.contains("spark_sql_cli"))) {
      SparkSqlCliGoldens.write(spark, Path.of(args[5]), Path.of(args[6]));
    }
    if (args.length > 2 && only.isEmpty()) {
      Files.writeString(Path.of(args[2]), ConsoleCapture.capture(() -> SalesReport.run(spark)), StandardCharsets.UTF_8);
      System.out.println("wrote the example job's output to " + args[2]);
    }
    spark.stop();
    System.out.printf("wrote %d cases to %s in %.1f s%n", total, directory, (System.nanoTime() - start) / 1e9);
  }
}
