package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.ifnull;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nanvl;
import static org.apache.spark.sql.functions.nvl;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** CASE WHEN, IN, BETWEEN, pattern predicates, NaN handling, greatest/least and null replacement. */
public final class ConditionalCases extends CaseGroup {
  public ConditionalCases() {
    super("conditional");
    // when / otherwise
    query("when_otherwise", spark -> spark.range(5).select(
        when(col("id").lt(2), "small").when(col("id").lt(4), "mid").otherwise("big")));
    query("when_without_otherwise", spark -> spark.range(3).select(when(col("id").equalTo(1), lit(10))));
    query("when_int_and_double", spark -> spark.range(3).select(
        when(col("id").equalTo(0), lit(1)).otherwise(lit(2.5))));
    query("when_int_and_long_column", spark -> spark.range(3).select(
        when(col("id").gt(0), col("id")).otherwise(lit(-1))));
    query("when_decimals", spark -> spark.range(2).select(
        when(col("id").equalTo(0), lit(new BigDecimal("1.5"))).otherwise(lit(new BigDecimal("22.25")))));
    query("when_null_condition", spark -> spark.range(2).select(when(lit(null), lit(1)).otherwise(lit(2))));
    query("when_null_branch", spark -> spark.range(3).select(
        when(col("id").equalTo(1), lit(null)).otherwise(col("id"))));
    query("when_on_nullable_column", spark -> FunctionData.mixed(spark).select(
        when(col("b"), col("s")).when(col("i").gt(1), lit("big")).otherwise(lit("other"))));
    query("when_string_and_int", spark -> spark.range(2).select(
        when(col("id").equalTo(0), lit("a")).otherwise(lit(1))));
    query("when_aliased", spark -> spark.range(2).select(
        when(col("id").equalTo(0), lit("zero")).otherwise(lit("one")).as("label")));
    query("when_condition_not_boolean", spark -> spark.range(2).select(when(col("id"), lit(1))));
    query("when_incompatible_branches", spark -> spark.range(2).select(
        when(col("id").equalTo(0), lit(true)).otherwise(lit(1))));
    // isin / between
    query("isin_ints", spark -> spark.range(4).select(col("id").isin(1, 2)));
    query("isin_with_null", spark -> FunctionData.mixed(spark).select(col("i").isin(1, null), col("i").isin(1, 2)));
    query("isin_strings", spark -> FunctionData.mixed(spark).select(col("s").isin("apple", "Banana")));
    query("isin_mixed_literal_types", spark -> spark.range(3).select(col("id").isin(1.0, 2)));
    query("isin_string_literal_on_long", spark -> spark.range(3).select(col("id").isin("1", "2")));
    query("isin_empty", spark -> FunctionData.mixed(spark).select(col("i").isin()));
    query("isin_in_filter", spark -> spark.range(6).filter(col("id").isin(1, 3, 5)));
    query("isin_incompatible", spark -> spark.range(2).select(col("id").isin(true)));
    query("between", spark -> spark.range(5).select(col("id").between(1, 3)));
    query("between_nullable_doubles", spark -> FunctionData.mixed(spark).select(col("d").between(-1, 2)));
    // pattern predicates
    query("like", spark -> FunctionData.mixed(spark).select(col("s").like("%an%"), col("s").like("_pple"),
        col("s").like("cherry%")));
    query("like_escape", spark -> spark.range(1).select(lit("100%").like("100\\%"), lit("a_b").like("a\\_b"),
        lit("axb").like("a\\_b")));
    query("like_on_long", spark -> spark.range(12).filter(col("id").like("1%")));
    query("rlike", spark -> FunctionData.mixed(spark).select(col("s").rlike("^[a-c]"), col("s").rlike("an+a"),
        col("s").rlike("\\s")));
    query("ilike", spark -> FunctionData.mixed(spark).select(col("s").ilike("b%"), col("s").ilike("%PIE")));
    query("startswith_endswith_contains", spark -> FunctionData.mixed(spark).select(col("s").startsWith("a"),
        col("s").endsWith("e"), col("s").contains("an"), col("s").contains("")));
    query("startswith_column", spark -> FunctionData.mixed(spark).select(col("s").startsWith(col("s")),
        col("s").contains(lit(null))));
    query("contains_on_int", spark -> FunctionData.mixed(spark).select(col("i").contains(1)));
    // NaN
    query("isnan", spark -> FunctionData.mixed(spark).select(col("d").isNaN(), isnan(col("d")), isnan(lit(1))));
    query("isnan_string", spark -> spark.range(1).select(isnan(lit("NaN"))));
    query("nanvl", spark -> FunctionData.mixed(spark).select(nanvl(col("d"), lit(0.0)), nanvl(col("d"), col("i"))));
    query("nan_comparisons", spark -> FunctionData.mixed(spark).select(col("d").equalTo(Double.NaN),
        col("d").gt(100)));
    // greatest / least
    query("greatest_least_ints", spark -> spark.range(4).select(greatest(col("id"), lit(2)), least(col("id"), lit(2))));
    query("greatest_least_skip_nulls", spark -> FunctionData.mixed(spark).select(greatest(col("i"), col("d")),
        least(col("i"), col("m")), greatest(lit(null), col("i"))));
    query("greatest_strings", spark -> FunctionData.mixed(spark).select(greatest(col("s"), lit("b")),
        least(col("s"), lit("b"))));
    query("greatest_nan", spark -> FunctionData.mixed(spark).select(greatest(col("d"), lit(1.0)),
        least(col("d"), lit(1.0))));
    query("greatest_one_argument", spark -> spark.range(1).select(greatest(col("id"))));
    query("greatest_mixed_types", spark -> spark.range(1).select(greatest(col("id"), lit("a"))));
    query("least_string_and_int", spark -> spark.range(2).select(least(col("id"), lit("1"))));
    // coalesce / nvl / ifnull
    query("coalesce_types", spark -> FunctionData.mixed(spark).select(coalesce(col("i"), lit(0)),
        coalesce(col("i"), col("d")), coalesce(col("s"), lit("none")), coalesce(col("m"), lit(1))));
    query("coalesce_all_null", spark -> spark.range(1).select(coalesce(lit(null), lit(null))));
    query("coalesce_no_arguments", spark -> spark.range(1).select(coalesce()));
    query("coalesce_incompatible", spark -> spark.range(1).select(coalesce(col("id"), lit(true))));
    query("nvl_ifnull", spark -> FunctionData.mixed(spark).select(nvl(col("i"), lit(-1)), ifnull(col("s"), lit("?"))));
    query("nvl_widens", spark -> FunctionData.mixed(spark).select(nvl(col("i"), lit(0.5))));
    query("call_function_wrong_arity", spark -> spark.range(1).select(call_function("nvl", col("id"))));
  }
}
