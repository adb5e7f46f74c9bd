package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** ANSI casts into an integral type that cannot hold the value: CAST_OVERFLOW, and the values that fit. */
public final class CastOverflowCases extends CaseGroup {
  public CastOverflowCases() {
    super("cast_overflow");
    query("double_nan_to_int", spark -> spark.range(1).select(lit(Double.NaN).cast("int")));
    query("double_infinity_to_long", spark -> spark.range(1).select(lit(Double.NEGATIVE_INFINITY).cast("long")));
    query("double_too_large_to_int", spark -> spark.range(1).select(lit(1e20).cast("int")));
    query("double_at_the_bounds", spark -> spark.range(1).select(lit(2147483647.9).cast("int"),
        lit(-2147483648.9).cast("int"), lit(-9.2233720368547758E18).cast("long")));
    query("double_just_past_long", spark -> spark.range(1).select(lit(9.2233720368547758E18).cast("long")));
    query("float_to_short", spark -> spark.range(1).select(lit(40000.5f).cast("short")));
    query("long_to_int", spark -> spark.range(1).select(lit(5000000000L).cast("int")));
    query("long_to_byte_column", spark -> spark.range(126, 130).select(col("id").cast("byte")));
    query("int_to_short_fits", spark -> spark.range(3).select(col("id").plus(32000).cast("int").cast("short")));
    query("decimal_to_int", spark -> spark.range(1).select(lit(new BigDecimal("12345678901.5")).cast("int")));
    query("raise_error_fails_the_query", spark -> spark.range(3).select(org.apache.spark.sql.functions.when(
        col("id").equalTo(2), org.apache.spark.sql.functions.raise_error(lit("id 2 is not allowed")))
        .otherwise(col("id")).as("checked")));
    query("raise_error_not_reached", spark -> spark.range(3).select(col("id"), org.apache.spark.sql.functions.when(
        col("id").gt(5), org.apache.spark.sql.functions.raise_error(lit("never"))).as("nothing")));
    query("raise_error_of_a_column", spark -> spark.range(2).select(
        org.apache.spark.sql.functions.raise_error(org.apache.spark.sql.functions.concat(lit("bad "),
            col("id").cast("string")))));
    query("try_cast_is_null", spark -> spark.range(1).select(lit(1e20).try_cast("int"),
        lit(Double.NaN).try_cast("long")));
  }
}
