package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.SmallTables.left;
import static dev.ember.conformance.cases.SmallTables.right;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** tail, hints, repartition/coalesce (no effect on results) and sample (schema and the 0/1 fractions). */
public final class OtherRelationCases extends CaseGroup {
  public OtherRelationCases() {
    super("other_relations");
    check("tail", (spark, outcome) -> outcome.value("tail",
        Arrays.toString((Object[]) spark.range(10).tail(3))));
    check("tail_more_than_rows", (spark, outcome) -> outcome.value("tail",
        Arrays.toString((Object[]) spark.range(2).tail(5))));
    check("tail_zero", (spark, outcome) -> outcome.value("tail",
        Arrays.toString((Object[]) spark.range(4).tail(0))));
    check("tail_after_order", (spark, outcome) -> outcome.value("tail",
        Arrays.toString((Object[]) left(spark).orderBy(col("v").desc()).tail(2))));
    query("hint_broadcast", spark -> spark.range(3).hint("broadcast"));
    unordered("hint_in_join", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b.hint("broadcast"), a.col("k").equalTo(b.col("k")));
    });
    query("hint_with_parameters", spark -> spark.range(4).hint("repartition", 2).orderBy(col("id")));
    query("hint_unknown_name", spark -> spark.range(2).hint("no_such_hint"));
    unordered("repartition_number", spark -> spark.range(6).repartition(3));
    unordered("repartition_columns", spark -> left(spark).repartition(col("k")));
    unordered("repartition_number_and_columns", spark -> left(spark).repartition(2, col("v")));
    unordered("repartition_by_range", spark -> left(spark).repartitionByRange(2, col("k")));
    query("coalesce_keeps_order", spark -> spark.range(5).coalesce(1));
    query("order_by_constants", spark -> spark.range(4).select(col("id")).orderBy(
        org.apache.spark.sql.functions.lit(5), org.apache.spark.sql.functions.lit("x"), col("id").desc()));
    query("order_by_position", spark -> spark.range(4).select(col("id").mod(2).as("m"), col("id")).orderBy(
        org.apache.spark.sql.functions.lit(1), org.apache.spark.sql.functions.lit(2).desc()));
    query("order_by_string_constant", spark -> spark.range(4).select(col("id")).orderBy(
        org.apache.spark.sql.functions.lit("x"), col("id").desc()));
    query("order_by_literal_alias", spark -> spark.range(4).select(col("id"), org.apache.spark.sql.functions.lit(2)
        .as("two")).orderBy(col("two"), col("id").desc()));
    query("repartition_then_order", spark -> spark.range(5).repartition(2).orderBy(col("id").desc()));
    query("repartition_unresolved_column", spark -> spark.range(5).repartition(col("nope")));
    check("sample_schema", (spark, outcome) -> outcome.schema(left(spark).sample(0.5, 42L)));
    query("sample_fraction_zero", spark -> spark.range(20).sample(0.0));
    query("sample_fraction_one", spark -> spark.range(5).sample(1.0));
    query("sample_negative_fraction", spark -> spark.range(5).sample(-0.5));
  }
}
