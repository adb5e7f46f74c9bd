package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where an integer meets a float: Spark's ANSI coercion widens both to double (an integer does not fit a float's
 * 24-bit mantissa), its non-ANSI coercion to float — in arithmetic, comparisons, CASE/IF/coalesce, arrays and unions.
 */
public final class NumericWideningCases extends CaseGroup {
  public NumericWideningCases() {
    super("numeric_widening");
    query("arithmetic_integer_and_float", NumericWideningCases::arithmetic);
    withConf("arithmetic_integer_and_float_ansi_off", "spark.sql.ansi.enabled", "false", NumericWideningCases::arithmetic);
    query("conditionals_integer_and_float", NumericWideningCases::conditionals);
    withConf("conditionals_integer_and_float_ansi_off", "spark.sql.ansi.enabled", "false",
        NumericWideningCases::conditionals);
    query("union_integer_and_float", NumericWideningCases::union);
    withConf("union_integer_and_float_ansi_off", "spark.sql.ansi.enabled", "false", NumericWideningCases::union);
    query("sql_integer_and_float", spark -> spark.sql("SELECT CAST(16777217 AS INT) + CAST(1 AS FLOAT) AS plus, "
        + "CASE WHEN true THEN CAST(1 AS SMALLINT) ELSE CAST(2 AS FLOAT) END AS case_when, "
        + "IF(false, CAST(1 AS BIGINT), CAST(2.5 AS FLOAT)) AS if_float, CAST(3 AS FLOAT) = 3 AS equal, "
        + "array(CAST(1 AS TINYINT), CAST(2.5 AS FLOAT)) AS arr, greatest(CAST(1 AS INT), CAST(2.5 AS FLOAT)) AS g"));
    query("float_with_float_and_decimal", spark -> spark.range(2).select(
        col("id").cast("float").plus(col("id").cast("float")).as("ff"),
        col("id").cast("float").plus(lit(new java.math.BigDecimal("1.5"))).as("fd"),
        col("id").cast("float").plus(col("id").cast("double")).as("fdbl")));
  }

  private static Dataset<Row> arithmetic(SparkSession spark) {
    return spark.range(3).select(col("id").cast("int").plus(col("id").cast("float")).as("int_plus_float"),
        col("id").cast("float").multiply(col("id")).as("float_times_long"),
        col("id").cast("short").minus(lit(1.5f)).as("short_minus_float"),
        lit(16777217).plus(lit(1.0f)).as("big_int_plus_float"),
        col("id").cast("int").lt(lit(1.5f)).as("int_lt_float"));
  }

  private static Dataset<Row> conditionals(SparkSession spark) {
    return spark.range(3).select(
        when(col("id").equalTo(0), col("id").cast("int")).otherwise(col("id").cast("float")).as("case_when"),
        coalesce(col("id").cast("tinyint"), lit(2.5f)).as("coalesce"),
        org.apache.spark.sql.functions.array(col("id").cast("int"), lit(2.5f)).as("arr"),
        org.apache.spark.sql.functions.greatest(col("id").cast("bigint"), lit(0.5f)).as("greatest"));
  }

  private static Dataset<Row> union(SparkSession spark) {
    return spark.range(2).select(col("id").cast("int").as("v"))
        .union(spark.range(2).select(col("id").cast("float").plus(lit(0.5f)).as("v")));
  }
}
