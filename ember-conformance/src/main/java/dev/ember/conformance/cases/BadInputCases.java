package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/**
 * Bad input gets Spark's answer: malformed CSV and JSON in every mode, corrupt and truncated Parquet,
 * NUL characters, empty and very long column names, huge and negative row counts, globs and special files.
 */
public final class BadInputCases extends CaseGroup {
  private static final String BAD_INT_CSV = "a,b\n1,x\nnope,y\n3,z\n";
  private static final String BAD_TYPES_JSON = "{\"a\":1,\"b\":\"x\"}\n{\"a\":\"two\",\"b\":2}\n[1,2]\n\n{\"a\":3}\n";
  private static final String LONG_NAME = "n".repeat(40_000);
  /** A record with a byte that starts no UTF-8 sequence, then one with a valid two-byte character. */
  private static final byte[] NOT_UTF8_JSON = bytes("{\"a\":1}\n{\"a\":\"x", 0xff, "\"}\n{\"a\":2,\"b\":\"", 0xc3, 0xa9,
      "\"}\n");
  private static final byte[] NOT_UTF8_CSV = bytes("a,b\n1,x", 0xff, "y\n2,", 0xc3, 0xa9, "\nthree,", 0xe2, 0x82, "\n");
  private static final String UNBALANCED_QUOTE_CSV = "a,b\n1,\"x\n2,y\n3,\"z\"w\n4,\"\"\n5,a\"b\n";
  private static final String SPANNING_QUOTE_CSV = "a,b\n1,\"x\ny\"\n2,z\n3,\"p,\nq\",r\n";
  private static final String ODD_LINE_ENDINGS_CSV = "a,b\r1,x\r\n2,y\n\r3,z\r\r\n4,w";
  private static final String WIDTHS_CSV = "a,b\n1\n2,y,extra\n\n 3 , z \n,\n";
  private static final String TRUNCATED_JSON = "{\"a\": 1,\n \"b\": ";
  private static final String MISFIT_JSON = "{\n \"a\": \"two\",\n \"b\": [1, 2]\n}\n";
  private static final String ARRAY_JSON = "[{\"a\": 1}, {\"a\": \"x\"},\n {\"a\": 3}]";
  private static final byte[] NOT_UTF8_MULTILINE_JSON = bytes("{\"a\": \"x", 0xff, "\",\n \"b\": 1}");
  private static final byte[] NOT_UTF8_TEXT = bytes("ab", 0xff, "c\r\nd", 0xc3, 0xa9, "\n", 0xe2, 0x82, "\n");

  public BadInputCases() {
    super("bad_input");
    malformedText();
    damagedParquet();
    names();
    rowCounts();
    globs();
    specialFiles();
    fuzzFindings();
    undecodableText();
    csvDuckDbRefuses();
    multiLineJson();
    onlyCorruptRecord();
  }

  private void malformedText() {
    query("csv_failfast_bad_value", spark -> spark.read().option("header", "true").option("mode", "FAILFAST")
        .schema("a INT, b STRING").csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("csv_unknown_mode", spark -> spark.read().option("header", "true").option("mode", "SOMETIMES")
        .schema("a INT, b STRING").csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("csv_corrupt_record_not_string", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record INT").csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("csv_nul_in_value", spark -> spark.read().option("header", "true")
        .csv(BadInputFiles.text("nul.csv", "a,b\nx\u0000y,1\n")));
    query("json_wrong_types_inferred", spark -> spark.read().json(BadInputFiles.text("types.json", BAD_TYPES_JSON)));
    query("json_wrong_types_schema", spark -> spark.read().schema("a INT, b STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)));
    query("json_wrong_types_corrupt_record", spark -> spark.read().schema("a INT, b STRING, _corrupt_record STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)));
    query("json_wrong_types_dropmalformed", spark -> spark.read().option("mode", "DROPMALFORMED")
        .schema("a INT, b STRING").json(BadInputFiles.text("types.json", BAD_TYPES_JSON)));
    query("json_wrong_types_failfast", spark -> spark.read().option("mode", "FAILFAST").schema("a INT, b STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)));
  }

  private void damagedParquet() {
    query("parquet_truncated_half", spark -> spark.read()
        .parquet(BadInputFiles.truncatedParquet("half.parquet", BadInputFiles.parquet().length / 2)));
    query("parquet_truncated_end", spark -> spark.read()
        .parquet(BadInputFiles.truncatedParquet("end.parquet", BadInputFiles.parquet().length - 3)));
    query("parquet_truncated_with_schema", spark -> spark.read().schema("id INT")
        .parquet(BadInputFiles.truncatedParquet("half.parquet", BadInputFiles.parquet().length / 2)));
    query("parquet_corrupt_footer", spark -> spark.read().parquet(BadInputFiles.corruptFooterParquet("footer.parquet")));
    query("parquet_corrupt_footer_with_schema", spark -> spark.read().schema("id INT")
        .parquet(BadInputFiles.corruptFooterParquet("footer.parquet")));
    query("parquet_ignore_corrupt_files_none_listed", spark -> spark.read().option("ignoreCorruptFiles", "true")
        .option("pathGlobFilter", "*.csv").parquet(BadInputFiles.corruptFooterParquet("footer.parquet")));
    query("parquet_of_csv_file", spark -> spark.read().parquet(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
  }

  private void names() {
    query("nul_in_string_literal", spark -> spark.range(1).select(lit("a\u0000b").as("x")));
    query("nul_in_alias", spark -> spark.range(1).select(col("id").as("a\u0000b")));
    query("empty_alias", spark -> spark.range(2).select(col("id").as("")));
    query("empty_column_reference", spark -> spark.range(1).select(col("")));
    query("to_df_empty_name", spark -> spark.range(1).toDF(""));
    query("renamed_to_empty", spark -> spark.range(1).withColumnRenamed("id", ""));
    query("with_column_empty_name", spark -> spark.range(1).withColumn("", lit(1)));
    query("long_alias", spark -> spark.range(2).select(col("id").as(LONG_NAME)));
    query("long_alias_filtered", spark -> spark.range(3).select(col("id").as(LONG_NAME)).filter(col(LONG_NAME).gt(0)));
    query("long_string_literal", spark -> spark.range(1).select(length(lit("x".repeat(100_000))).as("n")));
  }

  private void rowCounts() {
    show("show_max_rows", Integer.MAX_VALUE, 20, false, spark -> spark.range(3));
    show("show_max_rows_and_width", Integer.MAX_VALUE, Integer.MAX_VALUE, false, spark -> spark.range(3));
    show("show_max_rows_vertical", Integer.MAX_VALUE, Integer.MAX_VALUE, true, spark -> spark.range(3));
    show("show_min_rows_and_width", Integer.MIN_VALUE, Integer.MIN_VALUE, false, spark -> spark.range(3));
    query("limit_max", spark -> spark.range(3).limit(Integer.MAX_VALUE));
    query("limit_negative", spark -> spark.range(3).limit(-1));
    query("offset_max", spark -> spark.range(3).offset(Integer.MAX_VALUE));
    query("offset_negative", spark -> spark.range(3).offset(-1));
    check("tail_max", (spark, outcome) -> outcome.value("rows", String.valueOf(java.lang.reflect.Array.getLength(spark.range(3).tail(Integer.MAX_VALUE)))));
    check("tail_negative", (spark, outcome) -> outcome.value("rows", String.valueOf(java.lang.reflect.Array.getLength(spark.range(3).tail(-1)))));
  }

  private void globs() {
    query("glob_no_match", spark -> spark.read().csv(BadInputFiles.directory() + "/nothing*.csv"));
    unordered("glob_braces", spark -> spark.read().option("header", "true")
        .csv(globbed("{bad_int,nul}.csv")));
    unordered("glob_question_mark", spark -> spark.read().option("header", "true").csv(globbed("nu?.csv")));
    unordered("glob_character_class", spark -> spark.read().option("header", "true").csv(globbed("[bn]*.csv")));
    query("glob_unclosed_class", spark -> spark.read().csv(globbed("[bn.csv")));
    query("glob_unclosed_brace", spark -> spark.read().csv(globbed("{bad_int.csv")));
  }

  /** Text and single bytes, in order. */
  private static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        content.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else {
        content.write((Integer) part);
      }
    }
    return content.toByteArray();
  }

  /** A glob in the directory of the bad input files, once the files it may match exist. */
  private static String globbed(String glob) {
    BadInputFiles.text("bad_int.csv", BAD_INT_CSV);
    BadInputFiles.text("nul.csv", "a,b\nx\u0000y,1\n");
    return BadInputFiles.directory() + "/" + glob;
  }

  private void specialFiles() {
    query("dev_null_csv_with_schema", spark -> spark.read().schema("a STRING").csv("/dev/null"));
    query("dev_null_csv", spark -> spark.read().csv("/dev/null"));
    query("dev_null_json", spark -> spark.read().json("/dev/null"));
    query("empty_file_csv", spark -> spark.read().csv(BadInputFiles.text("empty.csv", "")));
    query("empty_file_json", spark -> spark.read().json(BadInputFiles.text("empty.json", "")));
    query("empty_file_parquet", spark -> spark.read().parquet(BadInputFiles.text("empty.parquet", "")));
    unordered("directory_with_fifo", spark -> spark.read().option("header", "true")
        .csv(BadInputFiles.directoryWith("with_fifo", "fifo")));
    unordered("directory_with_symlink_loop", spark -> spark.read().option("header", "true")
        .csv(BadInputFiles.directoryWith("with_loop", "loop")));
    unordered("directory_with_dangling_symlink", spark -> spark.read().option("header", "true")
        .csv(BadInputFiles.directoryWith("with_dangling", "dangling")));
  }

  /** Programs the fuzz test (BadInputFuzzTest) found ending in INTERNAL_ERROR. */
  private void fuzzFindings() {
    query("union_without_columns", spark -> spark.range(3).drop("id").union(spark.range(2).drop("id")));
    query("except_without_columns", spark -> spark.range(3).drop("id").exceptAll(spark.range(1).drop("id")));
    query("string_equals_array", spark -> spark.range(1).select(lit("a").equalTo(array(lit(1), lit(2)))));
    query("float_cast_to_binary", spark -> spark.range(1).select(lit(1.5f).cast("binary")));
    query("bigint_cast_to_binary", spark -> spark.range(1).select(col("id").plus(258).cast("binary")));
    query("csv_struct_schema", spark -> spark.read().schema("a STRUCT<n: INT>")
        .csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("text_struct_schema", spark -> spark.read().schema("a STRUCT<n: INT>")
        .text(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("text_int_schema", spark -> spark.read().schema("a INT").text(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("text_two_columns_schema", spark -> spark.read().schema("a STRING, b STRING")
        .text(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("sample_without_columns", spark -> spark.range(20).drop("id").sample(1.0, 1).groupBy().count());
    query("struct_field_name_with_nul", spark -> spark.range(1).select(
        org.apache.spark.sql.functions.struct(lit(5).as("a\u0000b")).as("s")));
    query("csv_array_schema", spark -> spark.read().schema("a ARRAY<INT>")
        .csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    // one partition: where Spark's partial sums overflow decides between its two errors
    query("group_by_integer_literal", spark -> spark.range(4).groupBy(lit(2147483647)).count());
    unordered("shared_subplan_inside_shared_subplan", spark -> {
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> distinct = spark.range(5).toDF().distinct();
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> grouped = distinct.union(distinct).groupBy("id")
          .agg(org.apache.spark.sql.functions.count("id"), org.apache.spark.sql.functions.max("id"));
      return grouped.union(grouped);
    });
    query("double_cast_to_timestamp_overflows", spark -> spark.range(1).select(lit(-9.223372036854775808E18)
        .cast("timestamp")));
    query("bigint_cast_to_narrow_decimal", spark -> spark.range(1).select(col("id").minus(lit(Long.MAX_VALUE)).minus(1)
        .cast("decimal(5,2)")));
    query("decimal_cast_to_narrow_decimal", spark -> spark.range(1).select(lit(new java.math.BigDecimal("123456.789"))
        .plus(col("id")).cast("decimal(5,2)")));
    query("nan_and_infinity_cast_to_decimal", spark -> spark.range(1).select(lit(Double.NaN).plus(col("id"))
        .cast("decimal(5,2)").as("nan"), lit(Double.NEGATIVE_INFINITY).plus(col("id")).cast("decimal(5,2)").as("inf")));
    query("double_cast_to_narrow_decimal", spark -> spark.range(1).select(lit(1.5e20).plus(col("id"))
        .cast("decimal(5,2)")));
    query("binary_not_utf8_cast_to_string", spark -> spark.range(1).select(lit(new byte[] {0x61, (byte) 0xff, 0x62})
        .cast("string").as("s")));
    query("json_empty_objects_and_arrays", spark -> spark.read().json(BadInputFiles.text("empty_objects.json",
        "{}\n[]\n{}\n")));
    query("struct_fields_of_one_name", spark -> spark.range(2).select(org.apache.spark.sql.functions.struct(
        lit(null).as("c0"), col("id").as("c0"), lit("x").as("c0")).as("s")));
    query("sum_of_constant_decimals_overflows", spark -> spark.range(0, 3, 1, 1)
        .select(lit(new java.math.BigDecimal("9".repeat(38))).as("v")).groupBy().sum("v"));
    query("sum_of_decimals_overflows_128_bits", spark -> spark.range(0, 3, 1, 1)
        .select(lit(new java.math.BigDecimal("9".repeat(38))).minus(col("id")).as("v")).groupBy().sum("v"));
    query("sum_of_decimals_beyond_38_digits", spark -> spark.range(0, 2, 1, 1)
        .select(lit(new java.math.BigDecimal("6" + "0".repeat(37))).plus(col("id")).as("v")).groupBy().sum("v"));
  }

  /** Text Spark reads with its own line reader and Jackson: bytes that are not UTF-8, NUL, arrays of records. */
  private void undecodableText() {
    query("json_not_utf8_inferred", spark -> spark.read().json(BadInputFiles.bytes("not_utf8.json", NOT_UTF8_JSON)));
    query("json_not_utf8_schema", spark -> spark.read().schema("a INT, b STRING, _corrupt_record STRING")
        .json(BadInputFiles.bytes("not_utf8.json", NOT_UTF8_JSON)));
    query("json_not_utf8_failfast", spark -> spark.read().option("mode", "FAILFAST")
        .json(BadInputFiles.bytes("not_utf8.json", NOT_UTF8_JSON)));
    query("json_nul_in_string", spark -> spark.read()
        .json(BadInputFiles.text("nul.json", "{\"a\":\"n\u0000ul\"}\n{\"a\":\"ok\"}\n")));
    query("json_arrays_of_objects", spark -> spark.read().json(BadInputFiles.text("arrays.json",
        "[{\"a\":1},{\"a\":2,\"b\":\"x\"}]\n{\"a\":3}\n[]\n[1,2]\n[{\"a\":4},5]\n")));
    query("json_arrays_of_objects_schema", spark -> spark.read().schema("a INT, b STRING").json(BadInputFiles.text(
        "arrays.json", "[{\"a\":1},{\"a\":2,\"b\":\"x\"}]\n{\"a\":3}\n[]\n[1,2]\n[{\"a\":4},5]\n")));
    query("text_not_utf8", spark -> spark.read().text(BadInputFiles.bytes("not_utf8.txt", NOT_UTF8_TEXT)));
    query("text_not_utf8_whole", spark -> spark.read().option("wholetext", "true")
        .text(BadInputFiles.bytes("not_utf8.txt", NOT_UTF8_TEXT)));
  }

  /** CSV DuckDB's reader refused: not UTF-8, unbalanced quotes, quotes spanning lines, odd line endings, widths. */
  private void csvDuckDbRefuses() {
    String notUtf8 = "undecodable.csv";
    query("csv_not_utf8_inferred", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(BadInputFiles.bytes(notUtf8, NOT_UTF8_CSV)));
    query("csv_not_utf8_corrupt_record", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.bytes(notUtf8, NOT_UTF8_CSV)));
    query("csv_unbalanced_quote_permissive", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.text("quote.csv", UNBALANCED_QUOTE_CSV)));
    query("csv_unbalanced_quote_inferred", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(BadInputFiles.text("quote.csv", UNBALANCED_QUOTE_CSV)));
    query("csv_unbalanced_quote_multiline", spark -> spark.read().option("header", "true").option("multiLine", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.text("quote.csv", UNBALANCED_QUOTE_CSV)));
    query("csv_unbalanced_quote_dropmalformed", spark -> spark.read().option("header", "true")
        .option("mode", "DROPMALFORMED").schema("a INT, b STRING").csv(BadInputFiles.text("quote.csv", UNBALANCED_QUOTE_CSV)));
    query("csv_unbalanced_quote_failfast", spark -> spark.read().option("header", "true").option("mode", "FAILFAST")
        .schema("a INT, b STRING").csv(BadInputFiles.text("quote.csv", UNBALANCED_QUOTE_CSV)));
    query("csv_quote_spanning_lines", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.text("spanning.csv", SPANNING_QUOTE_CSV)));
    query("csv_quote_spanning_lines_multiline", spark -> spark.read().option("header", "true")
        .option("multiLine", "true").schema("a INT, b STRING, _corrupt_record STRING")
        .csv(BadInputFiles.text("spanning.csv", SPANNING_QUOTE_CSV)));
    query("csv_odd_line_endings", spark -> spark.read().option("header", "true").option("inferSchema", "true")
        .csv(BadInputFiles.text("endings.csv", ODD_LINE_ENDINGS_CSV)));
    query("csv_odd_line_endings_multiline", spark -> spark.read().option("header", "true").option("multiLine", "true")
        .csv(BadInputFiles.text("endings.csv", ODD_LINE_ENDINGS_CSV)));
    query("csv_widths_corrupt_record", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.text("widths.csv", WIDTHS_CSV)));
    query("csv_widths_multiline_renamed_corrupt_record", spark -> spark.read().option("header", "true")
        .option("multiLine", "true").option("columnNameOfCorruptRecord", "bad").schema("a INT, b STRING, bad STRING")
        .csv(BadInputFiles.text("widths.csv", WIDTHS_CSV)));
    query("csv_empty_separator", spark -> spark.read().option("sep", "").schema("a STRING, b STRING")
        .csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("csv_empty_separator_inferred", spark -> spark.read().option("sep", "").option("header", "true")
        .csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)));
    query("csv_more_columns_than_max", spark -> spark.read().schema("a STRING, b STRING")
        .csv(BadInputFiles.text("wide.csv", "1,x\n" + ",".repeat(20_480) + "\n")));
    query("csv_widths_dropmalformed", spark -> spark.read().option("header", "true").option("mode", "DROPMALFORMED")
        .schema("a INT, b STRING").csv(BadInputFiles.text("widths.csv", WIDTHS_CSV)));
  }

  /** multiLine JSON that is malformed, not UTF-8, or does not fit the user's schema. */
  private void multiLineJson() {
    query("json_multiline_truncated_schema", spark -> spark.read().option("multiLine", "true")
        .schema("a INT, _corrupt_record STRING").json(BadInputFiles.text("truncated.json", TRUNCATED_JSON)));
    query("json_multiline_truncated_dropmalformed", spark -> spark.read().option("multiLine", "true")
        .option("mode", "DROPMALFORMED").schema("a INT").json(BadInputFiles.text("truncated.json", TRUNCATED_JSON)));
    query("json_multiline_truncated_failfast", spark -> spark.read().option("multiLine", "true")
        .option("mode", "FAILFAST").schema("a INT").json(BadInputFiles.text("truncated.json", TRUNCATED_JSON)));
    query("json_multiline_misfit_schema", spark -> spark.read().option("multiLine", "true")
        .schema("a INT, b STRING").json(BadInputFiles.text("misfit.json", MISFIT_JSON)));
    query("json_multiline_misfit_corrupt_record", spark -> spark.read().option("multiLine", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").json(BadInputFiles.text("misfit.json", MISFIT_JSON)));
    query("json_multiline_misfit_dropmalformed", spark -> spark.read().option("multiLine", "true")
        .option("mode", "DROPMALFORMED").schema("a INT, b STRING").json(BadInputFiles.text("misfit.json", MISFIT_JSON)));
    query("json_multiline_misfit_failfast", spark -> spark.read().option("multiLine", "true")
        .option("mode", "FAILFAST").schema("a INT, b STRING").json(BadInputFiles.text("misfit.json", MISFIT_JSON)));
    query("json_multiline_array_misfit", spark -> spark.read().option("multiLine", "true")
        .schema("a INT, _corrupt_record STRING").json(BadInputFiles.text("array.json", ARRAY_JSON)));
    query("json_multiline_array_inferred", spark -> spark.read().option("multiLine", "true")
        .json(BadInputFiles.text("array.json", ARRAY_JSON)));
    query("json_multiline_not_utf8", spark -> spark.read().option("multiLine", "true")
        .schema("a STRING, b INT, _corrupt_record STRING")
        .json(BadInputFiles.bytes("not_utf8_multiline.json", NOT_UTF8_MULTILINE_JSON)));
  }

  /** A scan asked for its corrupt-record column alone: Spark refuses it after column pruning. */
  private void onlyCorruptRecord() {
    query("csv_only_corrupt_record_column", spark -> spark.read().option("header", "true")
        .schema("a INT, b STRING, _corrupt_record STRING").csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV))
        .select("_corrupt_record"));
    query("csv_only_renamed_corrupt_record_column", spark -> spark.read().option("header", "true")
        .option("columnNameOfCorruptRecord", "bad").schema("a INT, b STRING, bad STRING")
        .csv(BadInputFiles.text("bad_int.csv", BAD_INT_CSV)).filter(col("bad").isNotNull()).select("bad"));
    query("json_only_corrupt_record_column", spark -> spark.read().schema("a INT, b STRING, _corrupt_record STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)).select("_corrupt_record"));
    query("json_only_corrupt_record_counted", spark -> spark.read().schema("a INT, b STRING, _corrupt_record STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)).filter(col("_corrupt_record").isNotNull()).groupBy()
        .count());
    query("json_corrupt_record_filtered_by_field", spark -> spark.read()
        .schema("a INT, b STRING, _corrupt_record STRING").json(BadInputFiles.text("types.json", BAD_TYPES_JSON))
        .filter(col("b").isNotNull()).select("_corrupt_record"));
    query("json_scalars_only_inferred", spark -> spark.read().json(BadInputFiles.text("scalars.json", "1\n\"x\"\n")));
    query("json_multiline_truncated_inferred", spark -> spark.read().option("multiLine", "true")
        .json(BadInputFiles.text("truncated.json", TRUNCATED_JSON)));
    query("json_rows_counted_without_columns", spark -> spark.read().schema("a INT, _corrupt_record STRING")
        .json(BadInputFiles.text("types.json", BAD_TYPES_JSON)).groupBy().count());
  }
}
