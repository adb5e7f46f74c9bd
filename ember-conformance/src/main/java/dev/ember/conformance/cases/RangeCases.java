package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/** spark.range and the basic relational operators over it. */
public final class RangeCases extends CaseGroup {
  public RangeCases() {
    super("range");
    query("range_end", spark -> spark.range(5));
    query("range_start_end", spark -> spark.range(3, 7));
    query("range_step", spark -> spark.range(0, 10, 3));
    query("range_negative_step", spark -> spark.range(10, 0, -3));
    query("range_empty", spark -> spark.range(0));
    query("range_filter_select", spark -> spark.range(5).filter(col("id").gt(2)).select(col("id").plus(1).as("next")));
    query("filter_where", spark -> spark.range(10).where(col("id").mod(3).equalTo(0)));
    query("select_column_names", spark -> spark.range(3).select(col("id"), col("id").multiply(2), lit(1)));
    query("select_star", spark -> spark.range(2).select(col("*")));
    query("order_by_desc", spark -> spark.range(5).orderBy(col("id").desc()));
    query("sort_asc", spark -> spark.range(5).sort(col("id").asc()));
    query("limit", spark -> spark.range(100).limit(3));
    query("offset", spark -> spark.range(6).offset(4));
    query("limit_after_order", spark -> spark.range(10).orderBy(col("id").desc()).limit(2));
    query("filter_and_or", spark -> spark.range(10).filter(col("id").gt(2).and(col("id").lt(5)).or(col("id").equalTo(9))));
    query("filter_not", spark -> spark.range(4).filter(functionsNot(col("id").equalTo(1))));
    check("count", (spark, outcome) -> outcome.value("count", spark.range(7).count()));
    check("first", (spark, outcome) -> outcome.value("first", spark.range(3, 9).first()));
    check("take", (spark, outcome) -> outcome.value("take", java.util.Arrays.toString((Object[]) spark.range(9).take(2))));
    check("is_empty_false", (spark, outcome) -> outcome.value("isEmpty", spark.range(3).isEmpty()));
    check("is_empty_true", (spark, outcome) -> outcome.value("isEmpty", spark.range(0).isEmpty()));
    check("columns", (spark, outcome) -> outcome.value("columns",
        String.join(",", spark.range(2).select(col("id"), col("id").plus(1)).columns())));
  }

  private static org.apache.spark.sql.Column functionsNot(org.apache.spark.sql.Column column) {
    return org.apache.spark.sql.functions.not(column);
  }
}
