package dev.ember.suites.sql;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tables {@code SQLQueryTestSuite.createTestTables} makes once for every file: testdata, arraydata,
 * mapdata and the PostgreSQL tables aggtest, onek and tenk1 (read from the tests jar's
 * {@code test-data}), saved as tables of the default database as Spark's suite saves them. An engine
 * that cannot save tables yet gets them as temporary views in each file's session instead.
 */
final class SqlTestData {
  /** The tables' names: a file's catalog reset keeps them. */
  static final java.util.Set<String> TABLES = java.util.Set.of("testdata", "arraydata", "mapdata", "aggtest", "onek",
      "tenk1");

  private static final String POSTGRES_COLUMNS = "unique1 int, unique2 int, two int, four int, ten int, twenty int, "
      + "hundred int, thousand int, twothousand int, fivethous int, tenthous int, odd int, even int, "
      + "stringu1 string, stringu2 string, string4 string";

  private final Path files;
  private boolean asViews;

  SqlTestData(Path directory) {
    this.files = directory;
    for (String name : List.of("agg.data", "onek.data", "tenk.data")) {
      SparkTestJar.extract("test-data/postgresql/" + name, directory);
    }
  }

  /**
   * Saves the tables once, as Spark's suite does; when the engine refuses to save a table
   * ({@code UNSUPPORTED_*}), {@link #prepare} makes them temporary views of each session instead.
   */
  void createTables(SparkSession spark) {
    try {
      load(spark, true);
    } catch (Exception refused) { // the client throws AnalysisException, a checked exception, from Scala
      if (!(refused instanceof org.apache.spark.SparkThrowable thrown) || thrown.getCondition() == null
          || !thrown.getCondition().startsWith("UNSUPPORTED")) {
        throw refused instanceof RuntimeException runtime ? runtime : new IllegalStateException(refused);
      }
      System.out.println("the engine cannot save tables (" + thrown.getCondition()
          + "): the test tables are temporary views of each file's session");
      asViews = true;
    }
  }

  /** Drops the saved tables (nothing when they are views). */
  void dropTables(SparkSession spark) {
    if (!asViews) {
      TABLES.forEach(table -> spark.sql("DROP TABLE IF EXISTS " + table).collect());
    }
  }

  /** Makes the tables visible to a file's session (views, when they could not be saved). */
  void prepare(SparkSession spark) {
    if (asViews) {
      load(spark, false);
    }
  }

  private void load(SparkSession spark, boolean save) {
    List<Row> testdata = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      testdata.add(RowFactory.create(i, Integer.toString(i)));
    }
    publish(spark.createDataFrame(testdata, StructType.fromDDL("key int, value string")), "testdata", save);
    publish(spark.createDataFrame(List.of(
            RowFactory.create(seq(1, 2, 3), seq(seq(1, 2, 3))),
            RowFactory.create(seq(2, 3, 4), seq(seq(2, 3, 4)))),
        StructType.fromDDL("arraycol array<int>, nestedarraycol array<array<int>>")), "arraydata", save);
    List<Row> maps = new ArrayList<>();
    String[] letters = {"a", "b", "c", "d", "e"};
    for (int row = 1; row <= 5; row++) {
      Map<Integer, String> map = new java.util.LinkedHashMap<>();
      for (int key = 1; key <= 6 - row; key++) {
        map.put(key, letters[key - 1] + row);
      }
      maps.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(map)));
    }
    publish(spark.createDataFrame(maps, new StructType().add("mapcol", DataTypes.createMapType(DataTypes.IntegerType,
        DataTypes.StringType))), "mapdata", save);
    publish(tabSeparated(spark, "agg.data", "a int, b float"), "aggtest", save);
    publish(tabSeparated(spark, "onek.data", POSTGRES_COLUMNS), "onek", save);
    publish(tabSeparated(spark, "tenk.data", POSTGRES_COLUMNS), "tenk1", save);
  }

  private static scala.collection.immutable.Seq<Object> seq(Object... values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(values)).toSeq();
  }

  private org.apache.spark.sql.Dataset<Row> tabSeparated(SparkSession spark, String file, String schema) {
    return spark.read().option("delimiter", "\t").option("header", "false").schema(schema)
        .csv(files.resolve(file).toString());
  }

  private static void publish(org.apache.spark.sql.Dataset<Row> data, String name, boolean save) {
    if (save) {
      data.write().mode("overwrite").format("parquet").saveAsTable(name);
    } else {
      data.createOrReplaceTempView(name);
    }
  }
}
