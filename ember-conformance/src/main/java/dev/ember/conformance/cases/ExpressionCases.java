package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.upper;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** Arithmetic, comparison, literal and simple function expressions: values, types and names. */
public final class ExpressionCases extends CaseGroup {
  public ExpressionCases() {
    super("expressions");
    query("add_long_int", spark -> spark.range(3).select(col("id").plus(1)));
    query("subtract_multiply", spark -> spark.range(3).select(col("id").minus(2), col("id").multiply(3)));
    query("divide_gives_double", spark -> spark.range(1, 4).select(col("id").divide(2)));
    query("remainder", spark -> spark.range(7).select(col("id").mod(3)));
    query("unary_minus", spark -> spark.range(3).select(org.apache.spark.sql.functions.negate(col("id"))));
    query("literal_int_plus_int", spark -> spark.range(1).select(lit(2).plus(lit(3))));
    query("literal_types", spark -> spark.range(1).select(lit(1), lit(2L), lit(1.5), lit(2.5f), lit("s"), lit(true),
        lit((short) 3), lit((byte) 4)));
    query("literal_null", spark -> spark.range(1).select(lit(null)));
    query("literal_decimal", spark -> spark.range(1).select(lit(new BigDecimal("12.345"))));
    query("decimal_add", spark -> spark.range(2).select(lit(new BigDecimal("1.50")).plus(col("id"))));
    query("decimal_multiply", spark -> spark.range(2).select(lit(new BigDecimal("1.5")).multiply(lit(new BigDecimal("2.25")))));
    query("decimal_divide_exact", spark -> spark.range(1).select(
        lit(new BigDecimal("1")).divide(lit(new BigDecimal("3"))),
        lit(new BigDecimal("1234567890123456.78")).divide(lit(new BigDecimal("7.00"))),
        lit(new BigDecimal("-2.5")).divide(lit(new BigDecimal("2"))),
        lit(new BigDecimal("0.05")).divide(lit(new BigDecimal("-0.10")))));
    query("decimal_column_divide_exact", spark -> spark.range(1, 4)
        .select(col("id").cast("decimal(18,2)").plus(lit(new BigDecimal("1234567890123456.00"))).as("x"))
        .select(col("x").divide(lit(new BigDecimal("3.00"))), col("x").divide(col("x").minus(lit(new BigDecimal("0.01")))),
            lit(new BigDecimal("100.00")).divide(col("x").minus(lit(new BigDecimal("1234567890123455.00"))))));
    query("decimal_multiply_beyond_64_bits", spark -> spark.range(1).select(
        lit(new BigDecimal("9999999999999.99")).multiply(lit(new BigDecimal("9999999999999.99")))));
    query("decimal_column_multiply_beyond_64_bits", spark -> spark.range(3)
        .select(col("id").cast("decimal(15,2)").plus(lit(new BigDecimal("9999999999990.99"))).as("x"))
        .select(col("x"), col("x").multiply(col("x")), col("x").multiply(col("x")).multiply(lit(new BigDecimal("1.5")))));
    query("comparisons", spark -> spark.range(3).select(col("id").gt(1), col("id").geq(1), col("id").lt(1),
        col("id").leq(1), col("id").equalTo(1), col("id").notEqual(1)));
    query("null_safe_equal", spark -> spark.range(2).select(col("id").eqNullSafe(lit(null)), col("id").eqNullSafe(1)));
    query("is_null", spark -> spark.range(2).select(col("id").isNull(), col("id").isNotNull(), lit(null).isNull()));
    query("abs", spark -> spark.range(3).select(abs(col("id").minus(1))));
    query("upper_lower", spark -> spark.range(1).select(upper(lit("Spark")), lower(lit("Spark"))));
    query("coalesce", spark -> spark.range(2).select(coalesce(lit(null), col("id"))));
    query("cast_to_string", spark -> spark.range(3).select(col("id").cast("string")));
    query("cast_to_int", spark -> spark.range(3).select(col("id").cast("int")));
    // Java's Double.toString / Float.toString: scientific below 1e-3 and from 1e7 on
    query("cast_double_to_string", spark -> spark.range(1).select(lit(4.000000028E9).cast("string").as("big"),
        lit(1.0E7).cast("string").as("ten_million"), lit(9999999.5).cast("string").as("below"),
        lit(-1.5E-5).cast("string").as("small"), lit(0.001).cast("string").as("thousandth"),
        lit(1.0E20).cast("string").as("huge"), lit(-0.0).cast("string").as("negative_zero"),
        lit(1.23456789012E-10).cast("string").as("tiny")));
    query("cast_float_to_string", spark -> spark.range(1).select(lit(2.5E9f).cast("string").as("big"),
        lit(1.25E-4f).cast("string").as("small"), lit(0.1f).cast("string").as("tenth")));
    query("cast_float_to_string_jdk17_digits", spark -> spark.range(1).select(lit(3.0E10f).cast("string").as("big")));
    query("cast_computed_double_to_string", spark -> spark.range(1, 4)
        .select(col("id").multiply(1.0E8).cast("string").as("scaled"), col("id").divide(3e6).cast("string").as("fraction")));
    query("cast_double_to_int_truncates", spark -> spark.range(1).select(lit(2.7).cast("int"), lit(-2.7).cast("int")));
    query("string_plus_int", spark -> spark.range(2).select(lit("1").plus(col("id")), lit("2").plus(lit(1))));
    query("string_plus_string", spark -> spark.range(1).select(lit("1").plus(lit("2"))));
    query("string_plus_double", spark -> spark.range(1).select(lit("1.5").plus(lit(1.5))));
    query("string_compare_int", spark -> spark.range(3).select(col("id").gt(lit("1")), lit("2").equalTo(col("id"))));
    query("string_plus_invalid", spark -> spark.range(1).select(lit("a").plus(lit(1))));
    query("cast_in_function", spark -> spark.range(2).select(upper(col("id").cast("string")), col("id").cast("string").plus(1)));
    query("cast_string_to_int_nullable", spark -> spark.range(1).select(lit("12").cast("int"), lit("x").cast("int")));
    query("cast_long_to_double_and_decimal", spark -> spark.range(2).select(col("id").cast("double"), col("id").cast("decimal(5,2)")));
    query("alias", spark -> spark.range(2).select(col("id").as("x"), col("id").alias("y"), col("id").name("z")));
  }
}
