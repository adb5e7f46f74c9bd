package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** spark.read(): csv, parquet, json and text, with options, schemas, directories and globs. */
public final class ReaderCases extends CaseGroup {
  public ReaderCases() {
    super("readers");
    query("csv_header", spark -> spark.read().option("header", "true").csv(path("people.csv")));
    query("csv_no_header", spark -> spark.read().csv(path("people.csv")));
    query("csv_infer_schema", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(path("people.csv")));
    query("csv_infer_types", spark -> spark.read().option("header", true).option("inferSchema", true)
        .csv(path("types.csv")));
    query("csv_schema_ddl", spark -> spark.read().option("header", "true")
        .schema("name STRING, age INT, score DOUBLE, joined DATE, active BOOLEAN").csv(path("people.csv")));
    // a schema string may be a struct type as well as a list of columns, as Spark's DataType.fromDDL reads it
    query("csv_schema_as_struct_type", spark -> spark.read().option("header", "true")
        .schema("struct<name:string,age:int,score:double>").csv(path("people.csv")));
    query("csv_schema_not_a_struct", spark -> spark.read().schema("int").csv(path("people.csv")));
    query("csv_schema_unparsable", spark -> spark.read().schema("struct<name string").csv(path("people.csv")));
    query("csv_schema_struct", spark -> spark.read().option("header", "true")
        .schema(new StructType().add("name", DataTypes.StringType).add("age", DataTypes.LongType))
        .csv(path("people.csv")));
    query("csv_sep", spark -> spark.read().option("header", "true").option("sep", ";")
        .csv(path("people_semicolon.csv")));
    query("csv_delimiter", spark -> spark.read().option("header", "true").option("delimiter", ";")
        .csv(path("people_semicolon.csv")));
    query("csv_quotes_and_escapes", spark -> spark.read().option("header", "true").csv(path("quoted.csv")));
    query("csv_null_value", spark -> spark.read().option("header", "true").option("nullValue", "NA")
        .option("inferSchema", "true").csv(path("nulls.csv")));
    query("csv_format_load", spark -> spark.read().format("csv").option("header", "true")
        .load(path("people.csv")));
    unordered("csv_directory", spark -> spark.read().option("header", "true").csv(path("csv_dir")));
    unordered("csv_glob", spark -> spark.read().option("header", "true").csv(path("csv_dir/part-*.csv")));
    query("csv_then_query", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(path("people.csv")).filter(col("age").gt(30)).select(col("name"), col("age").plus(1)));
    query("csv_date_and_timestamp_formats", spark -> spark.read().option("header", "true")
        .option("dateFormat", "dd/MM/yyyy").option("timestampFormat", "yyyy/MM/dd HH:mm:ss")
        .schema("id INT, day DATE, moment TIMESTAMP, amount DOUBLE").csv(path("dates.csv")));
    query("csv_infer_with_formats", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .option("timestampFormat", "yyyy/MM/dd HH:mm:ss").csv(path("dates.csv")));
    query("csv_mode_permissive", spark -> spark.read().option("header", "true").option("mode", "PERMISSIVE")
        .schema("id INT, day STRING, moment STRING, amount DOUBLE").csv(path("dates.csv")));
    query("csv_mode_dropmalformed", spark -> spark.read().option("header", "true").option("mode", "DROPMALFORMED")
        .schema("id INT, day STRING, moment STRING, amount DOUBLE").csv(path("dates.csv")));
    query("csv_mode_failfast", spark -> spark.read().option("header", "true").option("mode", "FAILFAST")
        .schema("id INT, day STRING, moment STRING, amount DOUBLE").csv(path("dates.csv")));
    query("csv_multiline", spark -> spark.read().option("header", "true").option("multiLine", "true")
        .csv(path("multiline.csv")));
    check("input_files", (spark, outcome) -> outcome.value("inputFiles", dev.ember.conformance.ConformanceData.portable(
        java.util.Arrays.toString(spark.read().option("header", "true").csv(path("csv_dir"))
            .union(spark.read().option("header", "true").csv(path("people.csv")).select("name", "age"))
            .inputFiles()))));
    query("csv_missing_path", spark -> spark.read().csv(path("no_such_file.csv")));
    query("parquet", spark -> spark.read().parquet(path("orders.parquet")));
    query("parquet_filter", spark -> spark.read().parquet(path("orders.parquet")).filter(col("score").gt(90)));
    unordered("parquet_directory", spark -> spark.read().parquet(path("parquet_dir")));
    query("parquet_format_load", spark -> spark.read().format("parquet").load(path("orders.parquet")));
    query("parquet_missing_path", spark -> spark.read().parquet(path("missing.parquet")));
    // decimals.parquet: price and discount small (their products fit in 64 bits), big near 10^13
    query("parquet_decimal_products", spark -> spark.read().parquet(path("decimals.parquet")).orderBy("id")
        .select(col("id"), col("price").multiply(org.apache.spark.sql.functions.lit(1).minus(col("discount"))).as("net"),
            col("price").multiply(org.apache.spark.sql.functions.lit(1).minus(col("discount")))
                .multiply(org.apache.spark.sql.functions.lit(1).plus(col("discount"))).as("gross"),
            col("big").multiply(col("big")).as("square"), col("big").multiply(col("price")).as("mixed")));
    query("parquet_decimal_product_sums", spark -> spark.read().parquet(path("decimals.parquet"))
        .agg(org.apache.spark.sql.functions.sum(col("price").multiply(col("discount"))).as("discounts"),
            org.apache.spark.sql.functions.sum(col("big").multiply(col("discount"))).as("big_discounts"),
            org.apache.spark.sql.functions.max(col("price").multiply(col("price"))).as("max_square")));
    query("json_lines", spark -> spark.read().json(path("people.json")));
    query("json_multiline", spark -> spark.read().option("multiLine", "true").json(path("multiline.json")));
    query("json_schema", spark -> spark.read().schema("name STRING, age INT").json(path("people.json")));
    query("json_nested_field", spark -> spark.read().json(path("people.json")).select(col("name"), col("address.city")));
    query("text", spark -> spark.read().text(path("lines.txt")));
    query("unknown_format", spark -> spark.read().format("nosuchformat").load(path("people.csv")));
  }
}
