package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_block_length;
import static org.apache.spark.sql.functions.input_file_block_start;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/** input_file_name, input_file_block_start and input_file_block_length: the file each row was read from. */
public final class InputFileCases extends CaseGroup {
  public InputFileCases() {
    super("input_file_functions");
    unordered("csv_file", spark -> spark.read().option("header", "true").csv(path("people.csv"))
        .select(col("name"), input_file_name(), input_file_block_start(), input_file_block_length()));
    unordered("csv_directory", spark -> spark.read().csv(path("csv_dir"))
        .select(col("_c0"), input_file_name(), input_file_block_length()));
    unordered("parquet_directory", spark -> spark.read().parquet(path("parquet_dir"))
        .select(input_file_name().as("f"), input_file_block_start().as("s"), input_file_block_length().as("l")));
    unordered("json_file", spark -> spark.read().json(path("people.json"))
        .select(col("name"), input_file_name()));
    unordered("after_filter", spark -> spark.read().option("header", "true").csv(path("people.csv"))
        .filter(col("age").gt(40)).select(input_file_name(), col("name")));
    unordered("after_projection", spark -> spark.read().option("header", "true").csv(path("people.csv"))
        .select(col("name").as("n")).withColumn("f", input_file_name()));
    unordered("in_filter", spark -> spark.read().csv(path("csv_dir"))
        .filter(input_file_name().endsWith("part-1.csv")).select(col("_c0")));
    query("range", spark -> spark.range(2).select(col("id"), input_file_name(), input_file_block_start(),
        input_file_block_length()));
    unordered("after_aggregate", spark -> spark.read().csv(path("csv_dir")).groupBy(col("_c0")).agg(count(lit(1)))
        .select(col("_c0"), input_file_name()));
    unordered("grouped_by_file", spark -> spark.read().csv(path("csv_dir")).groupBy(input_file_name())
        .agg(count(lit(1)).as("n")));
    unordered("union", spark -> spark.read().csv(path("csv_dir")).select(col("_c0"))
        .union(spark.read().option("header", "true").csv(path("people.csv")).select(col("name")))
        .select(col("_c0"), input_file_name()));
    unordered("after_join", spark -> spark.read().csv(path("csv_dir")).as("l")
        .join(spark.read().csv(path("csv_dir")).as("r"), col("l._c0").equalTo(col("r._c0")))
        .select(col("l._c0"), input_file_name()));
    unordered("after_distinct", spark -> spark.read().csv(path("csv_dir")).distinct()
        .select(col("_c0"), input_file_name()));
    query("after_limit", spark -> spark.read().option("header", "true").csv(path("people.csv")).limit(1)
        .select(col("name"), input_file_name()));
    unordered("text_file", spark -> spark.read().text(path("lines.txt")).select(col("value"), input_file_name()));
  }
}
