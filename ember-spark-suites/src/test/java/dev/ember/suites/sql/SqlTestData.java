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
 * The tables {@code SQLQueryTestSuite.loadTestData} gives every file: testdata, arraydata, mapdata and
 * the PostgreSQL tables aggtest, onek and tenk1 (read from the tests jar's {@code test-data}), here as
 * temporary views made through the DataFrame API, which every Connect server has.
 */
final class SqlTestData {
  private static final String POSTGRES_COLUMNS = "unique1 int, unique2 int, two int, four int, ten int, twenty int, "
      + "hundred int, thousand int, twothousand int, fivethous int, tenthous int, odd int, even int, "
      + "stringu1 string, stringu2 string, string4 string";

  private final Path files;

  SqlTestData(Path directory) {
    this.files = directory;
    for (String name : List.of("agg.data", "onek.data", "tenk.data")) {
      SparkTestJar.extract("test-data/postgresql/" + name, directory);
    }
  }

  void load(SparkSession spark) {
    List<Row> testdata = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      testdata.add(RowFactory.create(i, Integer.toString(i)));
    }
    spark.createDataFrame(testdata, StructType.fromDDL("key int, value string")).createOrReplaceTempView("testdata");
    spark.createDataFrame(List.of(
            RowFactory.create(seq(1, 2, 3), seq(seq(1, 2, 3))),
            RowFactory.create(seq(2, 3, 4), seq(seq(2, 3, 4)))),
        StructType.fromDDL("arraycol array<int>, nestedarraycol array<array<int>>")).createOrReplaceTempView("arraydata");
    List<Row> maps = new ArrayList<>();
    String[] letters = {"a", "b", "c", "d", "e"};
    for (int row = 1; row <= 5; row++) {
      Map<Integer, String> map = new java.util.LinkedHashMap<>();
      for (int key = 1; key <= 6 - row; key++) {
        map.put(key, letters[key - 1] + row);
      }
      maps.add(RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(map)));
    }
    spark.createDataFrame(maps, new StructType().add("mapcol", DataTypes.createMapType(DataTypes.IntegerType,
        DataTypes.StringType))).createOrReplaceTempView("mapdata");
    tabSeparated(spark, "agg.data", "a int, b float", "aggtest");
    tabSeparated(spark, "onek.data", POSTGRES_COLUMNS, "onek");
    tabSeparated(spark, "tenk.data", POSTGRES_COLUMNS, "tenk1");
  }

  private static scala.collection.immutable.Seq<Object> seq(Object... values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(values)).toSeq();
  }

  private void tabSeparated(SparkSession spark, String file, String schema, String view) {
    spark.read().option("delimiter", "\t").option("header", "false").schema(schema)
        .csv(files.resolve(file).toString()).createOrReplaceTempView(view);
  }
}
