package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.SmallTables.ids;
import static dev.ember.conformance.cases.SmallTables.rows;
import static dev.ember.conformance.cases.SmallTables.schema;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** union/unionAll/unionByName, intersect(All), except(All): widening, names, NULLs and errors. */
public final class SetOperationCases extends CaseGroup {
  public SetOperationCases() {
    super("set_operations");
    unions();
    unionByName();
    intersectAndExcept();
    errors();
  }

  private static Dataset<Row> first(SparkSession spark) {
    return rows(spark, schema("a", DataTypes.IntegerType, "b", DataTypes.StringType),
        new Object[] {1, "x"}, new Object[] {2, "y"}, new Object[] {2, "y"}, new Object[] {null, "n"},
        new Object[] {3, null});
  }

  private static Dataset<Row> second(SparkSession spark) {
    return rows(spark, schema("c", DataTypes.IntegerType, "d", DataTypes.StringType),
        new Object[] {2, "y"}, new Object[] {null, "n"}, new Object[] {null, "n"}, new Object[] {4, "z"},
        new Object[] {3, null});
  }

  private void unions() {
    query("union_keeps_duplicates", spark -> ids(spark, 3).union(ids(spark, 1, 4)).orderBy(col("id")));
    query("union_all", spark -> ids(spark, 2).unionAll(ids(spark, 2)).orderBy(col("id")));
    query("union_names_from_left", spark -> first(spark).union(second(spark)).orderBy(col("a"), col("b")));
    query("union_three", spark -> ids(spark, 1).union(ids(spark, 1, 2)).union(ids(spark, 2, 3)).orderBy(col("id")));
    query("union_widens_int_and_bigint", spark -> ids(spark, 2).select(col("id").cast("int").as("i"))
        .union(ids(spark, 5, 6)).orderBy(col("i")));
    query("union_widens_int_and_double", spark -> ids(spark, 1).select(lit(1).as("x"))
        .union(ids(spark, 1).select(lit(2.5).as("y"))).orderBy(col("x")));
    query("union_widens_decimals", spark -> ids(spark, 1).select(lit(new BigDecimal("123.45")).as("x"))
        .union(ids(spark, 1).select(lit(new BigDecimal("1234567.8")).as("x"))).orderBy(col("x")));
    query("union_int_and_string", spark -> ids(spark, 1).select(lit(1).as("x"))
        .union(ids(spark, 1).select(lit("2").as("x"))).orderBy(col("x")));
    query("union_date_and_timestamp", spark -> ids(spark, 1).select(lit(java.sql.Date.valueOf("2024-01-02")).as("x"))
        .union(ids(spark, 1).select(lit(java.sql.Timestamp.valueOf("2024-01-03 04:05:06")).as("x"))).orderBy(col("x")));
    query("union_with_null_column", spark -> ids(spark, 1).select(lit(null).as("x"))
        .union(ids(spark, 1).select(lit(7L).as("x"))).orderBy(col("x")));
    query("union_nullability", spark -> ids(spark, 1).union(ids(spark, 1).select(lit(null).cast("bigint").as("id")))
        .orderBy(col("id")));
    query("union_then_filter", spark -> ids(spark, 3).union(ids(spark, 3)).filter(col("id").gt(0)).orderBy(col("id")));
    query("union_empty", spark -> ids(spark, 0).union(ids(spark, 2)).orderBy(col("id")));
    query("union_then_left_dataframe_column", spark -> {
      Dataset<Row> a = first(spark);
      return a.union(second(spark)).select(a.col("b")).orderBy(col("b"));
    });
    check("union_count", (spark, outcome) -> outcome.value("count", first(spark).union(second(spark)).count()));
  }

  private void unionByName() {
    query("union_by_name_reorders", spark -> first(spark)
        .unionByName(rows(spark, schema("b", DataTypes.StringType, "a", DataTypes.IntegerType), new Object[] {"q", 9}))
        .orderBy(col("a"), col("b")));
    query("union_by_name_case_insensitive", spark -> first(spark)
        .unionByName(rows(spark, schema("B", DataTypes.StringType, "A", DataTypes.IntegerType), new Object[] {"q", 9}))
        .orderBy(col("a"), col("b")));
    query("union_by_name_widens", spark -> ids(spark, 2).select(col("id").cast("int").as("id"), lit("s").as("s"))
        .unionByName(ids(spark, 1).select(lit(1.5).as("id"), lit("t").as("s"))).orderBy(col("id")));
    query("union_by_name_allow_missing", spark -> first(spark)
        .unionByName(ids(spark, 1).select(lit(5).as("a"), lit(true).as("flag")), true)
        .orderBy(col("a"), col("b")));
    query("union_by_name_missing_column", spark -> first(spark)
        .unionByName(ids(spark, 1).select(lit(5).as("a"), lit("s").as("c"))));
    query("union_by_name_allow_missing_false_extra_column", spark -> ids(spark, 1)
        .unionByName(ids(spark, 1).select(col("id"), lit(1).as("extra"))));
  }

  private void intersectAndExcept() {
    query("intersect", spark -> first(spark).intersect(second(spark)).orderBy(col("a"), col("b")));
    query("intersect_all", spark -> first(spark).intersectAll(second(spark)).orderBy(col("a"), col("b")));
    query("intersect_all_duplicates", spark -> first(spark).union(first(spark))
        .intersectAll(first(spark)).orderBy(col("a"), col("b")));
    query("except", spark -> first(spark).except(second(spark)).orderBy(col("a"), col("b")));
    query("except_all", spark -> first(spark).union(first(spark)).exceptAll(first(spark)).orderBy(col("a"), col("b")));
    query("except_all_removes_one_per_match", spark -> first(spark).exceptAll(second(spark)).orderBy(col("a"), col("b")));
    query("except_nulls_are_equal", spark -> second(spark).except(first(spark)).orderBy(col("c"), col("d")));
    query("intersect_widens", spark -> ids(spark, 5).select(col("id").cast("int").as("x"))
        .intersect(ids(spark, 3, 8).select(col("id").cast("double").as("y"))).orderBy(col("x")));
    unordered("intersect_unordered", spark -> ids(spark, 10).intersect(ids(spark, 5, 15)));
  }

  private void errors() {
    query("union_column_count_mismatch", spark -> ids(spark, 1).union(ids(spark, 1).select(col("id"), lit(1))));
    query("intersect_column_count_mismatch", spark -> first(spark).intersect(ids(spark, 1)));
    query("except_column_count_mismatch", spark -> ids(spark, 1).except(first(spark)));
    query("union_incompatible_types", spark -> ids(spark, 1).union(ids(spark, 1).select(lit(true).as("id"))));
    query("except_incompatible_types", spark -> ids(spark, 1).select(lit(java.sql.Date.valueOf("2024-01-02")).as("d"))
        .except(ids(spark, 1).select(lit(true).as("d"))));
  }
}
