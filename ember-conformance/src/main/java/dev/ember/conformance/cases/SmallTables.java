package dev.ember.conformance.cases;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small DataFrames the relation cases share: keys with duplicates and NULLs on both sides. */
final class SmallTables {
  private SmallTables() {
  }

  /** {@code k int, v string}: keys 1, 2, 3, NULL. */
  static Dataset<Row> left(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, "a"),
        RowFactory.create(2, "b"),
        RowFactory.create(3, "c"),
        RowFactory.create(null, "n")), schema("k", DataTypes.IntegerType, "v", DataTypes.StringType));
  }

  /** {@code k int, w string}: keys 2, 3, 3, 4, NULL. */
  static Dataset<Row> right(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(2, "x"),
        RowFactory.create(3, "y"),
        RowFactory.create(3, "z"),
        RowFactory.create(4, "w"),
        RowFactory.create(null, "m")), schema("k", DataTypes.IntegerType, "w", DataTypes.StringType));
  }

  /** Two columns of the given names and types, nullable. */
  static StructType schema(String first, DataType firstType, String second, DataType secondType) {
    return new StructType().add(first, firstType).add(second, secondType);
  }

  /** {@code spark.range(end)} as a DataFrame of rows. */
  static Dataset<Row> ids(SparkSession spark, long end) {
    return spark.range(end).toDF();
  }

  static Dataset<Row> ids(SparkSession spark, long start, long end) {
    return spark.range(start, end).toDF();
  }

  static Dataset<Row> rows(SparkSession spark, StructType schema, Object[]... rows) {
    List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
    return spark.createDataFrame(list, schema);
  }
}
