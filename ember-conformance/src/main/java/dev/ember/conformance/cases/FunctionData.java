package dev.ember.conformance.cases;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small tables with nulls and edge values that the function case groups share. */
final class FunctionData {
  private FunctionData() {
  }

  private static final StructType MIXED_SCHEMA = new StructType()
      .add("i", DataTypes.IntegerType)
      .add("d", DataTypes.DoubleType)
      .add("s", DataTypes.StringType)
      .add("b", DataTypes.BooleanType)
      .add("m", DataTypes.createDecimalType(6, 3));

  private static final List<Row> MIXED_ROWS = Arrays.asList(
      RowFactory.create(1, 1.5, "apple", true, new BigDecimal("1.250")),
      RowFactory.create(2, Double.NaN, "Banana", false, new BigDecimal("-2.500")),
      RowFactory.create(null, null, null, null, null),
      RowFactory.create(-3, -0.0, "cherry pie", true, new BigDecimal("999.999")),
      RowFactory.create(4, -2.5, "", false, new BigDecimal("0.005")));

  /** Columns i int, d double (with NaN and -0.0), s string, b boolean, m decimal(6,3); one all-null row. */
  static Dataset<Row> mixed(SparkSession spark) {
    return spark.createDataFrame(MIXED_ROWS, MIXED_SCHEMA);
  }

  private static final StructType TEXT_SCHEMA = new StructType()
      .add("t", DataTypes.StringType)
      .add("n", DataTypes.IntegerType);

  private static final List<Row> TEXT_ROWS = Arrays.asList(
      RowFactory.create("  hello world  ", 1),
      RowFactory.create("Spark SQL", 2),
      RowFactory.create("a,b,,c", 3),
      RowFactory.create("\tTab\t", 0),
      RowFactory.create("żółć ÄÖ", -1),
      RowFactory.create(null, null));

  /** Columns t string (spaces, tabs, commas, non-ASCII, null) and n int. */
  static Dataset<Row> text(SparkSession spark) {
    return spark.createDataFrame(TEXT_ROWS, TEXT_SCHEMA);
  }
}
