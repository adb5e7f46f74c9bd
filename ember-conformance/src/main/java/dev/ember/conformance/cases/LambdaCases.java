package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.forall;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.zip_with;

import dev.ember.conformance.CaseGroup;

/**
 * Higher-order functions with lambdas. Every column is aliased: Spark names lambda variables from a
 * JVM-wide counter ({@code x_12}), so unaliased names depend on what ran before.
 */
public final class LambdaCases extends CaseGroup {
  public LambdaCases() {
    super("lambdas");
    query("transform", spark -> collections(spark).select(col("id"), transform(col("a"), x -> x.plus(1)).as("t")));
    // unaliased: Spark names resolved lambda variables namedlambdavariable(), whatever the client called them
    query("unaliased_names", spark -> collections(spark).select(transform(col("a"), x -> x.plus(1)),
        aggregate(col("a"), lit(0), (acc, x) -> acc.plus(x)), exists(col("a"), x -> x.gt(1)),
        filter(col("a"), (x, i) -> i.lt(2)), forall(col("a"), x -> x.isNotNull())));
    query("transform_with_index", spark -> collections(spark).select(
        transform(col("a"), (x, i) -> x.multiply(i)).as("t"), transform(col("s"), (x, i) -> i).as("positions")));
    query("transform_strings", spark -> collections(spark).select(transform(col("s"), x -> upper(x)).as("t")));
    query("transform_outer_column", spark -> collections(spark).select(
        transform(col("a"), x -> x.plus(col("id"))).as("t")));
    query("transform_type_change", spark -> collections(spark).select(
        transform(col("a"), x -> x.cast("string")).as("t"), transform(col("a"), x -> x.gt(1)).as("flags")));
    query("transform_nested", spark -> collections(spark).select(
        transform(col("n"), inner -> transform(inner, x -> x.multiply(2))).as("t")));
    query("transform_nested_outer_variable", spark -> collections(spark).select(
        transform(col("a"), x -> transform(col("b"), y -> x.plus(y))).as("t")));
    query("filter", spark -> collections(spark).select(col("id"), filter(col("a"), x -> x.gt(1)).as("f")));
    query("filter_with_index", spark -> collections(spark).select(filter(col("s"), (x, i) -> i.gt(0)).as("f")));
    query("filter_null_predicate", spark -> collections(spark).select(filter(col("a"), x -> x.notEqual(3)).as("f")));
    query("exists", spark -> collections(spark).select(col("id"), exists(col("a"), x -> x.gt(2)).as("e"),
        exists(col("a"), x -> x.equalTo(1)).as("one")));
    query("forall", spark -> collections(spark).select(col("id"), forall(col("a"), x -> x.gt(0)).as("f"),
        forall(col("a"), x -> x.lt(3)).as("small")));
    query("aggregate_sum", spark -> collections(spark).select(col("id"),
        aggregate(col("a"), lit(0), (acc, x) -> acc.plus(x)).as("total")));
    query("aggregate_long_zero", spark -> collections(spark).select(
        aggregate(col("a"), lit(0L), (acc, x) -> acc.plus(x)).as("total")));
    query("aggregate_finish", spark -> collections(spark).select(
        aggregate(col("b"), lit(1), (acc, x) -> acc.multiply(x), acc -> acc.multiply(10)).as("product")));
    query("aggregate_strings", spark -> collections(spark).select(
        aggregate(col("s"), lit(""), (acc, x) -> org.apache.spark.sql.functions.concat(acc, x)).as("joined")));
    query("aggregate_type_mismatch", spark -> collections(spark).select(
        aggregate(col("a"), lit(0), (acc, x) -> acc.plus(x).cast("double")).as("total")));
    query("zip_with", spark -> collections(spark).select(col("id"),
        zip_with(col("a"), col("b"), (x, y) -> x.plus(y)).as("z")));
    query("lambda_in_filter", spark -> collections(spark).filter(exists(col("s"), x -> x.equalTo("x"))).select("id"));
    query("filter_not_boolean", spark -> collections(spark).select(filter(col("a"), x -> x.plus(1)).as("f")));
    query("transform_struct_elements", spark -> collections(spark).select(transform(
        org.apache.spark.sql.functions.array(org.apache.spark.sql.functions.struct(col("id").as("k"), lit("v").as("v"))),
        x -> x.getField("k").plus(1)).as("t")));
    query("exists_on_empty_and_null", spark -> collections(spark).select(col("id"), exists(col("b"), x -> x.isNull()).as("e"),
        forall(col("b"), x -> x.isNotNull()).as("f")));
    query("transform_values", spark -> collections(spark).select(col("id"), org.apache.spark.sql.functions.transform_values(
        col("m"), (k, v) -> org.apache.spark.sql.functions.concat(k, lit("="), v.cast("string"))).as("t")));
    query("map_filter", spark -> collections(spark).select(col("id"), org.apache.spark.sql.functions.map_filter(
        col("m"), (k, v) -> v.gt(1).or(k.equalTo("z"))).as("f")));
    show("show_transform", 20, 20, false, spark -> collections(spark).select(
        transform(col("s"), x -> org.apache.spark.sql.functions.concat(x, lit("!"))).as("shout")));
  }
}
