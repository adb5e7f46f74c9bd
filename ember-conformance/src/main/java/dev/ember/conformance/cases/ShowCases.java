package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/** Dataset.show(): layout, truncation, vertical mode. */
public final class ShowCases extends CaseGroup {
  public ShowCases() {
    super("show");
    show("more_rows_than_shown", 3, 20, false, spark -> spark.range(10));
    show("one_row_shown", 1, 20, false, spark -> spark.range(10));
    show("exact_rows", 3, 20, false, spark -> spark.range(3));
    show("truncate_long_string", 20, 20, false, spark -> spark.range(1)
        .select(lit("a string that is much longer than twenty characters").as("s")));
    show("no_truncate_left_aligned", 20, 0, false, spark -> spark.range(2)
        .select(col("id"), lit("left aligned text").as("s")));
    show("truncate_short", 20, 3, false, spark -> spark.range(1).select(lit("abcdef").as("s")));
    show("vertical", 20, 20, true, spark -> spark.range(2).select(col("id"), lit("v").as("value")));
    show("vertical_empty", 20, 20, true, spark -> spark.range(0));
    show("empty_table", 20, 20, false, spark -> spark.range(0));
    show("nulls_and_doubles", 20, 20, false, spark -> spark.range(2)
        .select(lit(null).as("n"), col("id").divide(3).as("third"), lit(1.0e10).as("big")));
  }
}
