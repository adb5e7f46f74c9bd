package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/** User mistakes: Spark's exception class, error condition, SQLSTATE and message parameters. */
public final class ErrorCases extends CaseGroup {
  public ErrorCases() {
    super("errors");
    query("unresolved_column", spark -> spark.range(3).select(col("missing")));
    query("unresolved_column_suggestions", spark -> spark.range(3).withColumn("value", lit(1))
        .withColumn("val", lit(2)).select(col("vale")));
    query("unresolved_in_filter", spark -> spark.range(3).filter(col("nope").gt(1)));
    query("divide_by_zero", spark -> spark.range(3).select(col("id").divide(0)));
    query("aggregate_in_filter", spark -> spark.range(3).filter(org.apache.spark.sql.functions.sum(col("id")).gt(1)));
    query("aggregates_in_filter_of_alias", spark -> spark.range(3).as("r").filter(
        org.apache.spark.sql.functions.max(col("r.id")).plus(org.apache.spark.sql.functions.count(lit(1))).gt(1)
            .and(col("id").gt(0))));
    query("integer_overflow", spark -> spark.range(1).select(lit(Integer.MAX_VALUE).plus(lit(1))));
    query("long_overflow", spark -> spark.range(1).select(lit(Long.MAX_VALUE).plus(col("id").plus(1))));
    // data that looks like Ember's internal error markers is only data: the cast fails as any bad string does
    query("marker_text_cast_to_int", spark -> spark.range(1)
        .select(lit("EMBER_RAISE:DIVIDE_BY_ZERO").cast("int").as("x")));
    query("marker_text_cast_to_date", spark -> spark.range(1)
        .select(lit("Invalid Input Error: EMBER_RAISE:OPERATION_CANCELED").cast("date").as("x")));
    query("filter_not_boolean", spark -> spark.range(3).filter(col("id").plus(1)));
    query("add_string_and_boolean", spark -> spark.range(1).select(lit("a").plus(lit(true))));
    query("dataframe_column_from_other_dataframe", spark -> {
      var a = spark.range(3);
      var b = spark.range(3).withColumn("w", lit(1));
      return a.select(b.col("w"));
    });
    check("session_usable_after_error", (spark, outcome) -> {
      try {
        spark.range(1).select(col("missing")).collect();
      } catch (Exception expected) {
        outcome.value("first", ((org.apache.spark.SparkThrowable) expected).getCondition());
      }
      outcome.value("then", spark.range(2).count());
    });
  }
}
