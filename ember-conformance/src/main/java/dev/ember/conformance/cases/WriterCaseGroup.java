package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/** A group of cases that write a DataFrame into a fresh directory and record the files and what reads back. */
abstract class WriterCaseGroup extends CaseGroup {
  WriterCaseGroup(String name) {
    super(name);
  }

  /** Writes {@code data} with {@code write}, then records the files and {@code read}'s schema and sorted rows. */
  protected void written(String caseName, WrittenFiles.Data data, WrittenFiles.Write write, WrittenFiles.Read read) {
    check(caseName, (spark, outcome) -> {
      String path = WrittenFiles.fresh(caseName);
      write.apply(data.apply(spark).write(), path);
      WrittenFiles.recordFiles(outcome, path);
      outcome.unorderedDataset(read.apply(spark, path));
    });
  }

  /** Writes {@code data} twice into one directory (the second write's outcome is recorded, or its error). */
  protected void writtenTwice(String caseName, WrittenFiles.Data data, WrittenFiles.Write first,
      WrittenFiles.Write second, WrittenFiles.Read read) {
    check(caseName, (spark, outcome) -> {
      String path = WrittenFiles.fresh(caseName);
      first.apply(data.apply(spark).write(), path);
      try {
        second.apply(data.apply(spark).write(), path);
      } finally {
        WrittenFiles.recordFiles(outcome, path);
        outcome.unorderedDataset(read.apply(spark, path));
      }
    });
  }

  /**
   * A write expected to fail with one of Spark's legacy errors: its condition and parameters are recorded (classic
   * Spark has no SQLSTATE for them, the Connect client reports XXKCM for any server), and whether it left the
   * directory.
   */
  protected void failedLegacyWrite(String caseName, WrittenFiles.Data data, WrittenFiles.Write write) {
    check(caseName, (spark, outcome) -> {
      String path = WrittenFiles.fresh(caseName);
      try {
        write.apply(data.apply(spark).write(), path);
        outcome.value("error", "none");
      } catch (Exception error) {
        org.apache.spark.SparkThrowable thrown = (org.apache.spark.SparkThrowable) error;
        outcome.value("condition", thrown.getCondition());
        outcome.value("parameters", String.valueOf(new java.util.TreeMap<>(thrown.getMessageParameters())));
      }
      outcome.value("directory exists", java.nio.file.Files.exists(java.nio.file.Path.of(path)));
    });
  }

  /** A write expected to fail: its error is recorded, and whether it left the directory. */
  protected void failedWrite(String caseName, WrittenFiles.Data data, WrittenFiles.Write write) {
    check(caseName, (spark, outcome) -> {
      String path = WrittenFiles.fresh(caseName);
      try {
        write.apply(data.apply(spark).write(), path);
      } finally {
        outcome.value("directory exists", java.nio.file.Files.exists(java.nio.file.Path.of(path)));
      }
    });
  }
}
