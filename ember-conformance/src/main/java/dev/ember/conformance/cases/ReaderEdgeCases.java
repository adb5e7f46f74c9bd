package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;

import dev.ember.conformance.CaseGroup;

/**
 * CSV and JSON files that do not fit their header or schema: extra and missing fields, malformed
 * rows in every mode, the corrupt-record column, byte-order marks, quoted line breaks.
 */
public final class ReaderEdgeCases extends CaseGroup {
  private static final String THREE_INTS = "a INT, b INT, c INT";

  public ReaderEdgeCases() {
    super("reader_edge_cases");
    csvFields();
    csvModes();
    csvText();
    json();
    datasets();
  }

  private static org.apache.spark.sql.Dataset<String> strings(org.apache.spark.sql.SparkSession spark, String... values) {
    return spark.createDataset(java.util.List.of(values), org.apache.spark.sql.Encoders.STRING());
  }

  private void datasets() {
    query("json_dataset", spark -> spark.read().json(strings(spark, "{\"a\":1,\"b\":\"x\"}", "{\"a\":2,\"c\":[1,2]}",
        "{\"b\":\"y\",\"n\":{\"k\":true}}")));
    query("json_dataset_schema", spark -> spark.read().schema("a BIGINT, b STRING")
        .json(strings(spark, "{\"a\":1,\"b\":\"x\"}", "{\"a\":2}")));
    query("json_dataset_pretty_printed", spark -> spark.read().json(strings(spark, "{\n  \"a\": 1,\n  \"b\": \"x\"\n}")));
    query("csv_dataset_header", spark -> spark.read().option("header", "true").csv(strings(spark, "a,b", "1,x", "2,y")));
    query("csv_dataset_inferred", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(strings(spark, "a,b,c", "1,x,2.5", "2,y,3")));
    query("csv_dataset_no_header", spark -> spark.read().csv(strings(spark, "1,x", "2,y,extra")));
  }

  private void csvFields() {
    query("csv_extra_and_missing_fields", spark -> spark.read().option("header", "true").csv(path("csv_extra_fields.csv")));
    query("csv_extra_fields_inferred", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(path("csv_extra_fields.csv")));
    query("csv_extra_fields_schema", spark -> spark.read().option("header", "true").schema(THREE_INTS)
        .csv(path("csv_extra_fields.csv")));
    query("csv_extra_fields_no_header", spark -> spark.read().csv(path("csv_extra_fields.csv")));
    query("csv_schema_wider_than_file", spark -> spark.read().option("header", "true")
        .schema("a INT, b INT, c INT, d INT, e STRING").csv(path("csv_extra_fields.csv")));
  }

  private void csvModes() {
    query("csv_extra_fields_dropmalformed", spark -> spark.read().option("header", "true")
        .option("mode", "DROPMALFORMED").schema(THREE_INTS).csv(path("csv_extra_fields.csv")));
    query("csv_extra_fields_failfast", spark -> spark.read().option("header", "true")
        .option("mode", "FAILFAST").schema(THREE_INTS).csv(path("csv_extra_fields.csv")));
    query("csv_corrupt_record_column", spark -> spark.read().option("header", "true")
        .schema(THREE_INTS + ", _corrupt_record STRING").csv(path("csv_extra_fields.csv")));
    query("csv_corrupt_record_custom_name", spark -> spark.read().option("header", "true")
        .option("columnNameOfCorruptRecord", "bad").schema("a INT, b STRING, bad STRING").csv(path("csv_bad_int.csv")));
    query("csv_bad_value_permissive", spark -> spark.read().option("header", "true").schema("a INT, b STRING")
        .csv(path("csv_bad_int.csv")));
    query("csv_bad_value_corrupt_record", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(path("csv_bad_int.csv")));
    query("csv_bad_value_dropmalformed", spark -> spark.read().option("header", "true").option("mode", "DROPMALFORMED")
        .schema("a INT, b STRING").csv(path("csv_bad_int.csv")));
  }

  private void csvText() {
    query("csv_bom_header", spark -> spark.read().option("header", "true").csv(path("csv_bom.csv")));
    query("csv_bom_no_header", spark -> spark.read().csv(path("csv_bom.csv")));
    query("csv_quoted_line_break", spark -> spark.read().option("header", "true").csv(path("csv_quoted_newline.csv")));
    query("csv_quoted_line_break_multiline", spark -> spark.read().option("header", "true").option("multiLine", "true")
        .csv(path("csv_quoted_newline.csv")));
  }

  private void json() {
    // allowSingleQuotes (on by default): names and strings quoted with '
    unordered("json_single_quotes", spark -> spark.read().json(path("json_single_quotes.json")));
    unordered("json_single_quotes_off", spark -> spark.read().option("allowSingleQuotes", "false")
        .json(path("json_single_quotes.json")));
    query("json_dataset_single_quotes", spark -> spark.read().json(strings(spark,
        "{\"name\":\"Kong\",\"age\":73,\"city\":'Shandong'}")));
    query("json_dataset_single_quotes_schema", spark -> spark.read().schema("name STRING, city STRING")
        .json(strings(spark, "{'name':'Kong','age':73,'city':'Shandong'}")));
    query("json_dataset_all_malformed", spark -> spark.read().json(strings(spark, "not json", "{broken")));
    query("json_malformed_line", spark -> spark.read().json(path("json_malformed.json")));
    query("json_malformed_schema", spark -> spark.read().schema("a INT, b STRING").json(path("json_malformed.json")));
    query("json_malformed_corrupt_record", spark -> spark.read().schema("a INT, b STRING, _corrupt_record STRING")
        .json(path("json_malformed.json")));
    query("json_malformed_dropmalformed", spark -> spark.read().option("mode", "DROPMALFORMED")
        .json(path("json_malformed.json")));
    query("json_malformed_failfast", spark -> spark.read().option("mode", "FAILFAST").json(path("json_malformed.json")));
    query("json_malformed_failfast_schema", spark -> spark.read().option("mode", "FAILFAST").schema("a INT, b STRING")
        .json(path("json_malformed.json")));
    query("json_bom", spark -> spark.read().json(path("json_bom.json")));
  }
}
