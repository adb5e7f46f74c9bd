package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.posexplode_outer;

import dev.ember.conformance.CaseGroup;

/** explode, explode_outer, posexplode and posexplode_outer over arrays and maps in a select. */
public final class GeneratorCases extends CaseGroup {
  public GeneratorCases() {
    super("generators");
    query("explode_array", spark -> collections(spark).select(col("id"), explode(col("a"))));
    query("explode_array_alias", spark -> collections(spark).select(explode(col("s")).as("v"), col("id")));
    query("explode_map", spark -> collections(spark).select(col("id"), explode(col("m"))));
    query("explode_map_aliases", spark -> collections(spark).select(col("id"),
        explode(col("m")).as(new String[] {"k", "v"})));
    query("explode_nested_array", spark -> collections(spark).select(col("id"), explode(col("n"))));
    query("explode_outer_array", spark -> collections(spark).select(col("id"), explode_outer(col("a"))));
    query("explode_outer_map", spark -> collections(spark).select(col("id"), explode_outer(col("m"))));
    query("posexplode_array", spark -> collections(spark).select(col("id"), posexplode(col("a"))));
    query("posexplode_aliases", spark -> collections(spark).select(posexplode(col("s")).as(new String[] {"p", "v"}),
        col("id")));
    query("posexplode_map", spark -> collections(spark).select(col("id"), posexplode(col("m"))));
    query("posexplode_outer_array", spark -> collections(spark).select(col("id"), posexplode_outer(col("a"))));
    query("posexplode_outer_map", spark -> collections(spark).select(col("id"), posexplode_outer(col("m"))));
    query("explode_literal_array", spark -> spark.range(2).select(col("id"), explode(array(lit(10), lit(20)))));
    query("explode_then_filter", spark -> collections(spark).select(col("id"), explode(col("a")).as("x"))
        .filter(col("x").gt(1)).select(col("id"), col("x").plus(100)));
    query("explode_then_group", spark -> collections(spark).select(explode(col("s")).as("w"))
        .groupBy("w").agg(count(lit(1)).as("n")).orderBy(col("w").asc_nulls_first()));
    query("explode_with_column", spark -> collections(spark).select("id", "a").withColumn("e", explode(col("a"))));
    query("explode_expression_argument", spark -> collections(spark).select(explode(array(col("id"),
        col("id").multiply(10))).as("v")));
    query("explode_of_filtered", spark -> collections(spark).filter(col("id").lt(3)).select(explode(col("b"))));
    query("two_generators", spark -> collections(spark).select(explode(col("a")), explode(col("b"))));
    query("generator_nested_in_expression", spark -> collections(spark).select(explode(col("a")).plus(1)));
    query("explode_not_a_collection", spark -> collections(spark).select(explode(col("id"))));
    query("explode_alias_count_mismatch", spark -> collections(spark).select(explode(col("a"))
        .as(new String[] {"p", "v"})));
    query("posexplode_single_alias", spark -> collections(spark).select(posexplode(col("a")).as("p")));
    query("generator_in_filter", spark -> collections(spark).filter(explode(col("a")).gt(1)));
    query("generator_in_order_by", spark -> collections(spark).orderBy(explode(col("a"))));
    query("explode_struct_array", spark -> collections(spark).select(col("id"), explode(array(
        org.apache.spark.sql.functions.struct(col("id").as("k"), lit("x").as("v")))).as("st")).select("id", "st.k", "st.v"));
    query("inline", spark -> collections(spark).select(col("id"), org.apache.spark.sql.functions.inline(array(
        org.apache.spark.sql.functions.struct(col("id").as("k"), lit("x").as("v")),
        org.apache.spark.sql.functions.struct(col("id").plus(10).as("k"), lit(null).cast("string").as("v"))))));
    query("inline_outer_with_aliases", spark -> collections(spark).select(col("id"),
        org.apache.spark.sql.functions.inline_outer(org.apache.spark.sql.functions.transform(col("a"),
            x -> org.apache.spark.sql.functions.struct(x.as("e"), x.multiply(2).as("twice")))).as(new String[] {"p", "q"})));
    query("inline_not_structs", spark -> collections(spark).select(org.apache.spark.sql.functions.inline(col("a"))));
    show("show_posexplode_map", 20, 20, false, spark -> collections(spark).select(col("id"), posexplode_outer(col("m"))));
  }
}
