package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stack;

import dev.ember.conformance.CaseGroup;

/** stack(n, values...): n rows of the values, Spark's columns col0, col1, ... and its type checks. */
public final class StackCases extends CaseGroup {
  public StackCases() {
    super("stack");
    query("stack_two_rows", spark -> spark.range(2).select(col("id"), stack(lit(2), lit("a"), col("id"),
        lit("b"), col("id").plus(10))));
    query("stack_uneven", spark -> spark.range(1).select(stack(lit(2), lit(1), lit(2), lit(3))));
    query("stack_one_column", spark -> spark.range(1).select(stack(lit(3), lit(1.5), lit(2.5), lit(3.5))));
    query("stack_more_rows_than_values", spark -> spark.range(1).select(stack(lit(3), lit("x"))));
    query("stack_null_literals", spark -> spark.range(1).select(stack(lit(2), lit(null), lit("a"), lit(7),
        lit(null))));
    query("stack_all_null_column", spark -> spark.range(1).select(stack(lit(2), lit(null), lit(null))));
    query("stack_aliases", spark -> spark.range(2).select(stack(lit(2), col("id"), lit("p"), col("id").multiply(2),
        lit("q")).as(new String[] {"n", "tag"}), col("id")));
    query("stack_then_filter", spark -> spark.range(3).select(stack(lit(2), col("id"), col("id").plus(100)).as("v"))
        .filter(col("v").gt(1)));
    query("stack_with_column", spark -> spark.range(2).withColumn("s", stack(lit(2), col("id"), col("id").minus(1))));
    query("stack_column_types_differ", spark -> spark.range(1).select(stack(lit(2), lit(1), lit(1L))));
    query("stack_second_column_types_differ", spark -> spark.range(1).select(stack(lit(2), lit(1), lit("a"),
        lit(2), lit(3))));
    query("stack_count_not_int", spark -> spark.range(1).select(stack(lit(2L), lit(1), lit(2))));
    query("stack_count_string", spark -> spark.range(1).select(stack(lit("2"), lit(1), lit(2))));
    query("stack_count_not_foldable", spark -> spark.range(1).select(stack(col("id").cast("int"), lit(1))));
    query("stack_count_zero", spark -> spark.range(1).select(stack(lit(0), lit(1), lit(2))));
    query("stack_count_negative", spark -> spark.range(1).select(stack(lit(-1), lit(1), lit(2))));
    query("stack_count_null", spark -> spark.range(1).select(stack(lit(null).cast("int"), lit(1))));
    query("stack_no_values", spark -> spark.range(1).select(call_function("stack", lit(1))));
    query("stack_nested", spark -> spark.range(1).select(stack(lit(1), lit(1)).plus(1)));
    query("stack_structs", spark -> spark.range(1).select(stack(lit(2), call_function("named_struct", lit("a"),
        lit(1)), call_function("named_struct", lit("a"), lit(2)))));
  }
}
