package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer core: Spark's layout, the save modes, partition directories, and a failed write leaving no trace. */
class FileWriterTest {
  private final SparkSession spark = Ember.session();

  @Test
  void writesADirectoryOfPartFilesAndReadsItBack(@TempDir Path directory) throws IOException {
    String out = directory.resolve("out").toString();
    spark.range(5).write().parquet(out);
    assertThat(names(directory.resolve("out"))).hasSize(2).contains("_SUCCESS")
        .anyMatch(name -> name.matches("part-00000-[0-9a-f-]{36}\\.c000\\.snappy\\.parquet"));
    assertThat(spark.read().parquet(out).orderBy("id").collectAsList()).extracting(row -> row.getLong(0))
        .containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void modesFollowSpark(@TempDir Path directory) {
    String out = directory.resolve("out").toString();
    spark.range(2).write().json(out);
    assertThatThrownBy(() -> spark.range(2).write().json(out)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("PATH_ALREADY_EXISTS");
    spark.range(3).write().mode("ignore").json(out);
    assertThat(spark.read().json(out).count()).isEqualTo(2);
    spark.range(3).write().mode("append").json(out);
    assertThat(spark.read().json(out).count()).isEqualTo(5);
    spark.range(1).write().mode("overwrite").json(out);
    assertThat(spark.read().json(out).count()).isEqualTo(1);
  }

  @Test
  void partitionColumnsNameDirectories(@TempDir Path directory) throws IOException {
    String out = directory.resolve("out").toString();
    spark.range(4).select(col("id"), col("id").mod(2).as("k"), lit("a/b").as("s")).write().partitionBy("k", "s")
        .csv(out);
    assertThat(tree(directory.resolve("out"))).contains("k=0/s=a%2Fb", "k=1/s=a%2Fb");
    List<Row> rows = spark.read().csv(out).orderBy("_c0").collectAsList();
    assertThat(rows).extracting(Row::toString).containsExactly("[0,0,a/b]", "[1,1,a/b]", "[2,0,a/b]", "[3,1,a/b]");
  }

  @Test
  void aFailedOverwriteKeepsTheOldData(@TempDir Path directory) throws IOException {
    String out = directory.resolve("out").toString();
    spark.range(3).write().parquet(out);
    List<String> before = names(directory.resolve("out"));
    assertThatThrownBy(() -> spark.range(3).selectExpr("assert_true(id < 2)").write().mode("overwrite").parquet(out))
        .isNotNull();
    assertThat(names(directory.resolve("out"))).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(directory)) {
      assertThat(siblings.map(path -> path.getFileName().toString()).toList()).containsExactly("out");
    }
  }

  @Test
  void overwritingThePathTheQueryReadsIsRefused(@TempDir Path directory) {
    String out = directory.resolve("out").toString();
    spark.range(3).write().parquet(out);
    assertThatThrownBy(() -> spark.read().parquet(out).write().mode("overwrite").parquet(out))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("UNSUPPORTED_OVERWRITE.PATH");
    assertThat(spark.read().parquet(out).count()).isEqualTo(3);
  }

  /** The directories under {@code directory}, relative. */
  private static List<String> tree(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isDirectory).map(path -> directory.relativize(path).toString()).sorted().toList();
    }
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
