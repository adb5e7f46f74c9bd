package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.initcap;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.locate;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.ltrim;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.repeat;
import static org.apache.spark.sql.functions.reverse;
import static org.apache.spark.sql.functions.rpad;
import static org.apache.spark.sql.functions.rtrim;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/** String functions: trimming, length, concatenation, substrings, regular expressions, padding, formatting. */
public final class StringFunctionCases extends CaseGroup {
  public StringFunctionCases() {
    super("string_functions");
    // trim
    query("trim_ltrim_rtrim", spark -> FunctionData.text(spark).select(trim(col("t")), ltrim(col("t")), rtrim(col("t"))));
    query("trim_characters", spark -> spark.range(1).select(trim(lit("xxhixx"), "x"), ltrim(lit("abcab"), "ab"),
        rtrim(lit("abcab"), "ab")));
    // length
    query("length", spark -> FunctionData.text(spark).select(length(col("t"))));
    query("length_of_number", spark -> spark.range(1).select(length(lit(12345)), length(lit(1.5))));
    // concat / concat_ws
    query("concat", spark -> FunctionData.mixed(spark).select(concat(col("s"), lit("-"), col("i"))));
    query("concat_null_literal", spark -> spark.range(1).select(concat(lit("a"), lit(null)), concat(lit("a"), lit(1), lit(true))));
    query("concat_no_arguments", spark -> spark.range(1).select(concat()));
    query("concat_ws", spark -> FunctionData.mixed(spark).select(concat_ws("-", col("s"), col("i"), lit("z"))));
    query("concat_ws_only_nulls", spark -> spark.range(1).select(concat_ws(",", lit(null), lit(null)),
        concat_ws(",")));
    // substring
    query("substring", spark -> FunctionData.text(spark).select(substring(col("t"), 1, 5), substring(col("t"), 3, 100)));
    query("substring_position_zero_and_negative", spark -> spark.range(1).select(substring(lit("Spark SQL"), 0, 3),
        substring(lit("Spark SQL"), -3, 2), substring(lit("Spark SQL"), -20, 12), substring(lit("Spark SQL"), 5, -1),
        substring(lit("Spark SQL"), 20, 2)));
    query("substr_column_method", spark -> FunctionData.text(spark).select(col("t").substr(2, 3),
        col("t").substr(col("n"), lit(2))));
    query("substring_of_int", spark -> spark.range(1).select(substring(lit(123456), 2, 3)));
    // regular expressions
    query("regexp_replace", spark -> FunctionData.text(spark).select(regexp_replace(col("t"), "[aeiou]", "_"),
        regexp_replace(col("t"), "(\\w+) (\\w+)", "$2 $1")));
    query("regexp_replace_special", spark -> spark.range(1).select(regexp_replace(lit("a.b.c"), "\\.", "/"),
        regexp_replace(lit("abc"), "", "-"), regexp_replace(lit("a$b"), "\\$", "\\$\\\\"),
        regexp_replace(lit("2024-01-02"), "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1")));
    // java.util.regex also matches the empty string right after a match; RE2 does not.
    query("regexp_replace_empty_match_after_match", spark -> spark.range(1).select(
        regexp_replace(lit("aaa"), "a*", "X")));
    query("regexp_replace_null_and_column_pattern", spark -> FunctionData.text(spark).select(
        regexp_replace(col("t"), lit(" +"), lit(" ")), regexp_replace(lit(null).cast("string"), "a", "b")));
    query("regexp_extract_invalid_pattern", spark -> spark.range(1).select(regexp_extract(lit("abc"), "[a", 0)));
    query("regexp_extract_group_out_of_range_no_match", spark -> FunctionData.text(spark).select(
        regexp_extract(col("t"), "(q)", 2)));
    query("rlike_java_classes", spark -> FunctionData.text(spark).select(col("t").rlike("^\\p{Upper}"),
        col("t").rlike("\\bworld\\b")));
    query("regexp_extract", spark -> FunctionData.text(spark).select(regexp_extract(col("t"), "(\\w+) (\\w+)", 2),
        regexp_extract(col("t"), "(\\w+)", 0), regexp_extract(col("t"), "x(y)?", 1)));
    query("regexp_extract_optional_group", spark -> spark.range(1).select(regexp_extract(lit("ac"), "a(b)?c", 1),
        regexp_extract(lit("2024-01-02"), "(\\d+)-(\\d+)-(\\d+)", 3)));
    query("regexp_extract_group_out_of_range", spark -> spark.range(1).select(regexp_extract(lit("abc"), "(a)", 2)));
    query("regexp_invalid_pattern", spark -> spark.range(1).select(regexp_replace(lit("abc"), "(", "x")));
    // split
    query("split", spark -> FunctionData.text(spark).select(split(col("t"), ",")));
    query("split_limit", spark -> spark.range(1).select(split(lit("a,b,,c,,"), ",", 2), split(lit("a,b,,c,,"), ",", -1),
        split(lit("a,b,,c,,"), ",", 0), split(lit("a1b22c"), "\\d+")));
    query("split_limit_regex", spark -> spark.range(1).select(split(lit("a1b22c333d"), "\\d+", 3),
        split(lit("abc"), "", 2), split(lit("a,b"), ",", 1)));
    query("split_empty", spark -> spark.range(1).select(split(lit(""), ","), split(lit("abc"), "")));
    // padding
    query("lpad_rpad", spark -> FunctionData.text(spark).select(lpad(col("t"), 8, "*"), rpad(col("t"), 8, "ab")));
    query("pad_edge_cases", spark -> spark.range(1).select(lpad(lit("hi"), 5, ""), rpad(lit("hello"), 2, "x"),
        lpad(lit("hi"), -1, "x"), lpad(lit("hi"), 6, "xyz")));
    // initcap / instr / locate / translate
    query("initcap", spark -> FunctionData.text(spark).select(initcap(col("t")), initcap(lit("hELLO wORLD-foo bar_baz"))));
    query("instr", spark -> FunctionData.text(spark).select(instr(col("t"), "l"), instr(col("t"), ""),
        instr(col("t"), "zzz")));
    query("locate", spark -> FunctionData.text(spark).select(locate("o", col("t")), locate("o", col("t"), 7),
        locate("o", col("t"), 0)));
    query("locate_edge_positions", spark -> spark.range(1).select(locate("", lit("abc")), locate("", lit("abc"), 3),
        locate("b", lit("abc"), -1), locate("c", lit("abc"), 10)));
    query("translate", spark -> FunctionData.text(spark).select(translate(col("t"), "lo", "01"),
        translate(col("t"), "aeiou", "A")));
    // formatting
    query("format_number", spark -> spark.range(1).select(format_number(lit(1234567.891), 2),
        format_number(lit(0.5), 0), format_number(lit(-1234.5), 1), format_number(lit(12345), 0),
        format_number(lit(1.5), -1)));
    query("format_number_decimal_and_null", spark -> FunctionData.mixed(spark).select(format_number(col("m"), 4),
        format_number(col("d"), 3)));
    query("format_string", spark -> FunctionData.mixed(spark).select(format_string("%s has %d", col("s"), col("i")),
        format_string("%.2f|%5s|%-5s|", col("d"), col("s"), lit("x"))));
    query("format_string_flags", spark -> spark.range(1).select(format_string("[%-6d|%+d|%06.2f|%x|%X|%%|%s]",
        lit(-42), lit(7), lit(-3.14159), lit(-1), lit(255L), lit(null)), format_string("%2$s-%1$s", lit("a"), lit("b"))));
    query("format_string_literals", spark -> spark.range(1).select(format_string("%05d %x %,d", lit(42), lit(255),
        lit(1234567)), format_string("%b %s", lit(true), lit(new BigDecimal("1.50")))));
    // repeat / reverse
    query("repeat", spark -> FunctionData.text(spark).select(repeat(col("t"), 2), repeat(lit("ab"), 0),
        repeat(lit("ab"), -1)));
    query("reverse", spark -> FunctionData.text(spark).select(reverse(col("t"))));
    // errors
    query("substring_of_boolean", spark -> spark.range(1).select(substring(lit(true), 1, 2)));
    query("lpad_wrong_length_type", spark -> spark.range(1).select(lpad(lit("a"), lit("x"), lit("b"))));
    query("repeat_boolean_count", spark -> spark.range(1).select(repeat(lit("a"), lit(true))));
  }
}
