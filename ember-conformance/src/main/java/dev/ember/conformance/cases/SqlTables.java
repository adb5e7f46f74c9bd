package dev.ember.conformance.cases;

import java.math.BigDecimal;
import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The temporary views the SQL cases query, registered by {@link #register} before each case's statement: small
 * tables of ints, strings, doubles, decimals and dates with NULLs, duplicates and keys missing on either side.
 */
final class SqlTables {
  private SqlTables() {
  }

  /** Registers {@code emp}, {@code dept}, {@code t1} and {@code t2} (createOrReplaceTempView) and runs the SQL text. */
  static Dataset<Row> sql(SparkSession spark, String text) {
    register(spark);
    return spark.sql(text);
  }

  static void register(SparkSession spark) {
    employees(spark).createOrReplaceTempView("emp");
    departments(spark).createOrReplaceTempView("dept");
    numbers(spark, 1, 2, 2, 3, null).createOrReplaceTempView("t1");
    numbers(spark, 2, 3, 3, 4).createOrReplaceTempView("t2");
  }

  /** {@code id int, name string, dept string, salary double, bonus decimal(10,2), hired date}: six rows with NULLs. */
  static Dataset<Row> employees(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType, false).add("name", DataTypes.StringType)
        .add("dept", DataTypes.StringType).add("salary", DataTypes.DoubleType)
        .add("bonus", DataTypes.createDecimalType(10, 2)).add("hired", DataTypes.DateType);
    return SmallTables.rows(spark, schema,
        new Object[] {1, "alice", "eng", 100.5, new BigDecimal("10.25"), Date.valueOf("2020-01-15")},
        new Object[] {2, "bob", "eng", 80.0, null, Date.valueOf("2021-03-01")},
        new Object[] {3, "carol", "ops", 95.25, new BigDecimal("5.50"), Date.valueOf("2019-07-30")},
        new Object[] {4, null, "ops", null, new BigDecimal("0.00"), null},
        new Object[] {5, "eve", null, 70.0, new BigDecimal("3.75"), Date.valueOf("2022-11-11")},
        new Object[] {6, "bob", "hr", 60.0, new BigDecimal("1.00"), Date.valueOf("2021-03-01")});
  }

  /** {@code dept string, floor int, head string}: eng and ops match employees, fin has none. */
  static Dataset<Row> departments(SparkSession spark) {
    StructType schema = new StructType().add("dept", DataTypes.StringType).add("floor", DataTypes.IntegerType)
        .add("head", DataTypes.StringType);
    return SmallTables.rows(spark, schema,
        new Object[] {"eng", 3, "alice"},
        new Object[] {"ops", 1, "carol"},
        new Object[] {"fin", 2, null});
  }

  /** One nullable int column {@code x}. */
  static Dataset<Row> numbers(SparkSession spark, Integer... values) {
    Object[][] rows = new Object[values.length][];
    for (int i = 0; i < values.length; i++) {
      rows[i] = new Object[] {values[i]};
    }
    return SmallTables.rows(spark, new StructType().add("x", DataTypes.IntegerType), rows);
  }
}
