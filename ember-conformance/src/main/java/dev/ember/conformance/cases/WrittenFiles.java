package dev.ember.conformance.cases;

import dev.ember.conformance.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The directories written by the writer cases, under {@code target/writers} of the working directory (recorded as
 * {@code <cwd>}), emptied before each case; and what a case records of one: the files, their names normalized.
 */
final class WrittenFiles {
  private static final Path ROOT = Path.of("target", "writers").toAbsolutePath();

  private WrittenFiles() {
  }

  /** Writes one DataFrame and reads it back. */
  @FunctionalInterface
  interface Write {
    void apply(DataFrameWriter<Row> writer, String path) throws Exception;
  }

  /** Reads what was written. */
  @FunctionalInterface
  interface Read {
    Dataset<Row> apply(SparkSession spark, String path) throws Exception;
  }

  /** Builds the written DataFrame. */
  @FunctionalInterface
  interface Data {
    Dataset<Row> apply(SparkSession spark) throws Exception;
  }

  /** A fresh, missing directory for the case. */
  static String fresh(String caseName) {
    Path directory = ROOT.resolve(caseName);
    delete(directory);
    try {
      Files.createDirectories(ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory.toString();
  }

  /**
   * The files under {@code path}, relative, without hidden ones (Hadoop's {@code .crc} checksums), each name's task
   * number and job id replaced by {@code *}, once each: Spark's count of files follows its partitioning.
   */
  static void recordFiles(Outcome outcome, String path) throws IOException {
    Path root = Path.of(path);
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().startsWith(".")) {
          names.add(root.relativize(file).toString()
              .replaceAll("part-\\d{5}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "part-*"));
        }
      }
    }
    outcome.record("files", String.join("\n", names));
  }

  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
