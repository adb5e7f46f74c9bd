package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query run again — {@code spark.sql} of the same text, the same DataFrame program — reuses its prepared plan
 * (dev.ember.connect.KeptPlans) — and still answers as if analyzed anew after anything it depends on changed: a
 * view, a conf, a table of another session, the files it reads — and never for another query that differs only in
 * which DataFrame a column reference names.
 */
class SqlPlanReuseTest {
  private SparkSession spark;

  @BeforeEach
  void start() {
    spark = Ember.builder().create();
  }

  @AfterEach
  void stop() throws Exception {
    spark.close();
  }

  @Test
  void theSameTextRunsAgainOnItsPlan() {
    String text = "SELECT id % 3 AS k, count(*) AS n FROM range(30) GROUP BY k ORDER BY k";
    List<Row> first = spark.sql(text).collectAsList();
    long before = reuses();

    List<Row> again = spark.sql(text).collectAsList();

    assertThat(again).isEqualTo(first);
    assertThat(reuses()).isEqualTo(before + 1);
  }

  @Test
  void aDataFrameProgramBuiltAgainRunsOnItsPlan() {
    // built at one place of the program: the plans' origins (the call sites, which errors name) are the same
    List<List<Row>> results = new java.util.ArrayList<>();
    long before = reuses();
    for (int run = 0; run < 3; run++) {
      results.add(spark.range(20).filter("id % 2 = 0").groupBy().sum("id").collectAsList());
    }
    for (int run = 0; run < 3; run++) {
      assertThat(spark.sql("SELECT * FROM range(7)").count()).isEqualTo(7);
    }
    for (int run = 0; run < 2; run++) {
      java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
      scala.Console.withOut(shown, (scala.Function0<Object>) () -> {
        spark.sql("SELECT 'kept' AS word").show();
        return null;
      });
      assertThat(shown.toString()).contains("|kept|");
    }

    assertThat(results.get(1)).isEqualTo(results.get(0));
    assertThat(results.get(2)).isEqualTo(results.get(0));
    assertThat(reuses()).isEqualTo(before + 5);
  }

  @Test
  void referencesToAnotherDataFrameAreAnotherQuery() {
    org.apache.spark.sql.Dataset<Row> left = spark.range(3).toDF("id");
    org.apache.spark.sql.Dataset<Row> right = spark.range(3).toDF("id");

    List<Row> leftIds = idsOf(left, right, left);
    List<Row> rightIds = idsOf(left, right, right);

    assertThat(leftIds).extracting(row -> row.getLong(0)).containsExactly(1L, 2L);
    assertThat(rightIds).extracting(row -> row.getLong(0)).containsExactly(0L, 1L);
  }

  @Test
  void argumentsArePartOfTheText() {
    String text = "SELECT :x * 2 AS y";
    assertThat(spark.sql(text, java.util.Map.of("x", 2)).collectAsList().get(0).getInt(0)).isEqualTo(4);
    assertThat(spark.sql(text, java.util.Map.of("x", 5)).collectAsList().get(0).getInt(0)).isEqualTo(10);
  }

  @Test
  void aReplacedViewIsSeen() {
    spark.range(3).createOrReplaceTempView("numbers");
    assertThat(spark.sql("SELECT count(*) FROM numbers").collectAsList().get(0).getLong(0)).isEqualTo(3);

    spark.range(5).createOrReplaceTempView("numbers");

    assertThat(spark.sql("SELECT count(*) FROM numbers").collectAsList().get(0).getLong(0)).isEqualTo(5);
  }

  @Test
  void aConfChangeIsSeen() {
    String text = "SELECT CAST('abc' AS INT) AS v";
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(spark.sql(text).collectAsList().get(0).isNullAt(0)).isTrue();

    spark.conf().set("spark.sql.ansi.enabled", "true");

    assertThatThrownBy(() -> spark.sql(text).collectAsList()).hasMessageContaining("CAST_INVALID_INPUT");
  }

  /**
   * A text parsed as a query before is not parsed again (the parser keeps it by its text and options) — until a conf
   * changes what it parses to (here its {@code ${var}} substitution): then it is parsed again, and fails as Spark
   * fails, at {@code spark.sql}.
   */
  @Test
  void aTextParsedAgainAfterAConfChange() {
    String text = "SELECT ${test.value} AS v";
    spark.conf().set("test.value", "41 + 1");
    assertThat(spark.sql(text).collectAsList().get(0).getInt(0)).isEqualTo(42);
    assertThat(spark.sql(text).collectAsList().get(0).getInt(0)).isEqualTo(42);

    spark.conf().set("test.value", "(41");

    assertThatThrownBy(() -> spark.sql(text)).hasMessageContaining("PARSE_SYNTAX_ERROR");
  }

  @Test
  void aTableAnotherSessionReplacesIsSeen() throws Exception {
    spark.sql("CREATE TABLE reuse_shared USING parquet AS SELECT 1 AS v");
    try (SparkSession other = Ember.builder().create()) {
      assertThat(spark.sql("SELECT sum(v) FROM reuse_shared").collectAsList().get(0).getLong(0)).isEqualTo(1);

      other.sql("DROP TABLE reuse_shared");
      other.sql("CREATE TABLE reuse_shared USING parquet AS SELECT 40 AS v UNION ALL SELECT 2");

      assertThat(spark.sql("SELECT sum(v) FROM reuse_shared").collectAsList().get(0).getLong(0)).isEqualTo(42);
    } finally {
      spark.sql("DROP TABLE IF EXISTS reuse_shared");
    }
  }

  @Test
  void filesAddedOrRewrittenOutsideAreSeen(@TempDir Path directory) throws Exception {
    Path table = directory.resolve("t");
    spark.range(10).write().parquet(table.toString());
    String text = "SELECT count(*) FROM parquet.`" + table + "`";
    assertThat(spark.sql(text).collectAsList().get(0).getLong(0)).isEqualTo(10);
    List<Path> parts = parquetFiles(table);

    Files.copy(parts.get(0), table.resolve("part-extra.parquet"));
    long withCopy = 10 + rows(parts.get(0));
    assertThat(spark.sql(text).collectAsList().get(0).getLong(0)).isEqualTo(withCopy);

    Path single = directory.resolve("one");
    spark.range(1).coalesce(1).write().parquet(single.toString());
    Files.copy(parquetFiles(single).get(0), table.resolve("part-extra.parquet"), StandardCopyOption.REPLACE_EXISTING);

    assertThat(spark.sql(text).collectAsList().get(0).getLong(0)).isEqualTo(11);
  }

  @Test
  void theFirstFilesOfAnEmptyDirectoryAreSeen(@TempDir Path directory) throws Exception {
    Path empty = Files.createDirectory(directory.resolve("empty"));
    Path other = directory.resolve("other");
    spark.range(4).coalesce(1).write().parquet(other.toString());
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType().add("id", "long");
    for (int run = 0; run < 2; run++) {
      assertThat(spark.read().schema(schema).parquet(empty.toString()).collectAsList()).isEmpty();
    }
    Files.copy(parquetFiles(other).get(0), empty.resolve("part-0.parquet"));

    assertThat(spark.read().schema(schema).parquet(empty.toString()).collectAsList()).hasSize(4);
  }

  @Test
  void aQueryDrawingASeedIsNotKept() {
    String text = "SELECT rand() < 2 AS drawn";
    spark.sql(text).collectAsList();
    long before = reuses();

    spark.sql(text).collectAsList();

    assertThat(reuses()).isEqualTo(before);
  }

  /** Built at one place: the two programs differ only in the DataFrame whose {@code id} they select. */
  private static List<Row> idsOf(org.apache.spark.sql.Dataset<Row> left, org.apache.spark.sql.Dataset<Row> right,
      org.apache.spark.sql.Dataset<Row> side) {
    return left.join(right, left.col("id").equalTo(right.col("id").plus(1))).select(side.col("id")).orderBy(side.col("id")).collectAsList();
  }

  private long rows(Path parquetFile) {
    return spark.read().parquet(parquetFile.toString()).count();
  }

  private static List<Path> parquetFiles(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private long reuses() {
    return Ember.started().service().reusedPlans(((org.apache.spark.sql.connect.SparkSession) spark).sessionId());
  }
}
