package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.ascii;
import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.bit_length;
import static org.apache.spark.sql.functions.btrim;
import static org.apache.spark.sql.functions.char_length;
import static org.apache.spark.sql.functions.character_length;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.decode;
import static org.apache.spark.sql.functions.elt;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.repeat;
import static org.apache.spark.sql.functions.find_in_set;
import static org.apache.spark.sql.functions.lcase;
import static org.apache.spark.sql.functions.left;
import static org.apache.spark.sql.functions.len;
import static org.apache.spark.sql.functions.levenshtein;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.is_valid_utf8;
import static org.apache.spark.sql.functions.make_valid_utf8;
import static org.apache.spark.sql.functions.mask;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.printf;
import static org.apache.spark.sql.functions.quote;
import static org.apache.spark.sql.functions.to_binary;
import static org.apache.spark.sql.functions.try_to_binary;
import static org.apache.spark.sql.functions.try_validate_utf8;
import static org.apache.spark.sql.functions.validate_utf8;
import static org.apache.spark.sql.functions.overlay;
import static org.apache.spark.sql.functions.position;
import static org.apache.spark.sql.functions.regexp_count;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.regexp_instr;
import static org.apache.spark.sql.functions.regexp_substr;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.right;
import static org.apache.spark.sql.functions.soundex;
import static org.apache.spark.sql.functions.split_part;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.ucase;
import static org.apache.spark.sql.functions.unbase64;

import dev.ember.conformance.CaseGroup;

/** String functions beyond the basics: left/right, replace, split_part, encodings, lengths, distances. */
public final class MoreStringFunctionCases extends CaseGroup {
  public MoreStringFunctionCases() {
    super("more_string_functions");
    slicing();
    encodings();
    lengthsAndDistances();
    lookups();
    regularExpressions();
    textChecks();
    binaryConversions();
  }

  private void binaryConversions() {
    query("to_binary", spark -> spark.range(1).select(to_binary(lit("abc"), lit("utf-8")), to_binary(lit("6162")),
        to_binary(lit("6g")), to_binary(lit("F"), lit("HEX")), to_binary(lit("U3Bhcms="), lit("base64")),
        to_binary(lit(null).cast("string"), lit("utf8"))));
    query("to_binary_invalid_hex", spark -> spark.range(1).select(to_binary(lit("abc"), lit("hex"))));
    query("to_binary_invalid_base64", spark -> spark.range(1).select(to_binary(lit("U3Bh%cms"), lit("base64"))));
    query("to_binary_unknown_format", spark -> spark.range(1).select(to_binary(lit("abc"), lit("octal"))));
    query("try_to_binary", spark -> FunctionData.text(spark).select(try_to_binary(col("t"), lit("hex")),
        try_to_binary(col("t"), lit("base64")), try_to_binary(col("t"), lit("utf-8")),
        try_to_binary(lit("0A1b")), try_to_binary(lit("U3 Bh"), lit("base64"))));
  }

  private void textChecks() {
    query("quote", spark -> spark.range(1).select(quote(lit("Don't")), quote(lit("")), quote(lit(null).cast("string")),
        quote(lit("a\\b"))));
    query("luhn_check", spark -> spark.range(1).select(call_function("luhn_check", lit("79927398713")), call_function("luhn_check", lit("79927398714")),
        call_function("luhn_check", lit("")), call_function("luhn_check", lit("8112189876")), call_function("luhn_check", lit("12a4")), call_function("luhn_check", lit("0")),
        call_function("luhn_check", lit(null).cast("string"))));
    query("mask", spark -> FunctionData.text(spark).select(mask(col("t")), mask(col("t"), lit("Y")),
        mask(col("t"), lit("Y"), lit("y"), lit("d"), lit("*")), mask(col("t"), lit(null).cast("string"))));
    query("mask_digits", spark -> spark.range(1).select(mask(lit("AbCD123-@$#")), mask(lit("abcd-EFGH-8765-4321"),
        lit("Q"), lit("q"), lit("d"), lit("o"))));
    query("utf8_checks", spark -> FunctionData.text(spark).select(is_valid_utf8(col("t")), make_valid_utf8(col("t")),
        validate_utf8(col("t")), try_validate_utf8(col("t"))));
    query("printf", spark -> FunctionData.text(spark).select(printf(lit("%s has %d"), col("t"), col("n"))));
    query("regexp_instr_non_ascii", spark -> FunctionData.text(spark).select(regexp_instr(col("t"), lit("[ÄÖ]")),
        regexp_instr(col("t"), lit("\\s"))));
    query("levenshtein_non_ascii", spark -> spark.range(1).select(levenshtein(lit("żółć"), lit("zolc")),
        levenshtein(lit("żółć"), lit("żółw"), 1), levenshtein(lit("ÄÖ"), lit(""))));
  }

  private void regularExpressions() {
    query("regexp_count", spark -> FunctionData.text(spark).select(regexp_count(col("t"), lit("[a-z]")),
        regexp_count(lit("aaa"), lit("a*")), regexp_count(lit("abc"), lit(""))));
    query("regexp_substr", spark -> FunctionData.text(spark).select(regexp_substr(col("t"), lit("[A-Z][a-z]+")),
        regexp_substr(lit("abc"), lit("x"))));
    query("regexp_instr", spark -> FunctionData.text(spark).select(regexp_instr(col("t"), lit("o")),
        regexp_instr(lit("abc"), lit("x")), regexp_instr(lit("1a 2b 14m"), lit("(\\d+)([a-z]+)"), lit(2))));
    query("regexp_extract_all", spark -> spark.range(1).select(
        regexp_extract_all(lit("100-200, 300-400"), lit("(\\d+)-(\\d+)")),
        regexp_extract_all(lit("100-200, 300-400"), lit("(\\d+)-(\\d+)"), lit(2)),
        regexp_extract_all(lit("abc"), lit("x(y)?"), lit(1)), regexp_extract_all(lit("ab"), lit("(a)|(b)"), lit(2))));
    query("regexp_extract_all_column", spark -> FunctionData.text(spark).select(
        regexp_extract_all(col("t"), lit("(\\w)\\w*"), lit(1))));
    query("regexp_extract_all_group_out_of_range", spark -> spark.range(1).select(
        regexp_extract_all(lit("abc"), lit("(a)"), lit(3))));
    query("regexp_count_invalid_pattern", spark -> spark.range(1).select(regexp_count(lit("abc"), lit("("))));
  }

  private void slicing() {
    query("left_right", spark -> FunctionData.text(spark).select(left(col("t"), lit(3)), right(col("t"), lit(3)),
        left(col("t"), col("n")), right(col("t"), col("n"))));
    query("left_right_edges", spark -> spark.range(1).select(left(lit("Spark"), lit(0)), left(lit("Spark"), lit(-2)),
        right(lit("Spark"), lit(10)), right(lit("Spark"), lit(-1)), left(lit(12345), lit(2)),
        right(lit(null).cast("string"), lit(2)), left(lit("Spark"), lit(null).cast("int"))));
    query("replace", spark -> FunctionData.text(spark).select(replace(col("t"), lit("l"), lit("L")),
        replace(col("t"), lit(" ")), replace(col("t"), lit(""), lit("x")), replace(col("t"), lit(","), lit(null))));
    query("split_part", spark -> spark.range(1).select(split_part(lit("11.12.13"), lit("."), lit(3)),
        split_part(lit("11.12.13"), lit("."), lit(-1)), split_part(lit("11.12.13"), lit("."), lit(5)),
        split_part(lit("11.12.13"), lit(""), lit(1)), split_part(lit("11.12.13"), lit(""), lit(2)),
        split_part(lit(""), lit("."), lit(1)), split_part(lit("a..b"), lit("."), lit(2)),
        split_part(lit(null).cast("string"), lit("."), lit(1))));
    query("split_part_column", spark -> FunctionData.text(spark).where(col("n").notEqual(0))
        .select(split_part(col("t"), lit(","), col("n"))));
    query("split_part_column_zero", spark -> FunctionData.text(spark).select(split_part(col("t"), lit(","),
        col("n"))));
    query("split_part_zero", spark -> spark.range(1).select(split_part(lit("a.b"), lit("."), lit(0))));
    query("substring_index", spark -> spark.range(1).select(substring_index(lit("www.apache.org"), ".", 2),
        substring_index(lit("www.apache.org"), ".", -2), substring_index(lit("www.apache.org"), ".", 0),
        substring_index(lit("www.apache.org"), "", 1), substring_index(lit("www.apache.org"), ".", 10),
        substring_index(lit("a::b::c"), "::", -1), substring_index(lit("aaa"), "aa", 1),
        substring_index(lit("aaa"), "aa", -1)));
    query("substring_index_column", spark -> FunctionData.text(spark).select(substring_index(col("t"), ",", 2),
        substring_index(col("t"), " ", -1)));
    query("overlay", spark -> spark.range(1).select(overlay(lit("Spark SQL"), lit("_"), lit(6)),
        overlay(lit("Spark SQL"), lit("CORE"), lit(7)), overlay(lit("Spark SQL"), lit("ANSI "), lit(7), lit(0)),
        overlay(lit("Spark SQL"), lit("tructured"), lit(2), lit(4)), overlay(lit("Spark SQL"), lit("x"), lit(-1)),
        overlay(lit("Spark"), lit("x"), lit(20), lit(2)), overlay(lit("Spark"), lit("xy"), lit(2), lit(-1))));
    query("overlay_column", spark -> FunctionData.text(spark).select(overlay(col("t"), lit("#"), col("n"))));
    query("btrim", spark -> FunctionData.text(spark).select(btrim(col("t")), btrim(lit("xxhixyx"), lit("xy")),
        btrim(lit("  a  "), lit(""))));
  }

  private void encodings() {
    query("ascii_chr", spark -> FunctionData.text(spark).select(ascii(col("t")),
        call_function("chr", col("n").plus(64)), call_function("char", lit(65)), call_function("chr", lit(-1)),
        call_function("chr", lit(256 + 66)), call_function("chr", lit(0)), ascii(lit(""))));
    query("base64_unbase64", spark -> FunctionData.text(spark).select(base64(col("t")),
        unbase64(base64(col("t"))).cast("string").as("round_trip")));
    query("base64_of_binary", spark -> spark.range(1).select(base64(lit(new byte[] {0, -1, 10})),
        unbase64(lit("U3Bhcms=")), unbase64(lit("U3Bhcms")), unbase64(lit("")), unbase64(lit("U3B\nhc ms=\r\n")),
        unbase64(lit("U3Bhcm==")), unbase64(lit("U3Bhc2==%"))));
    query("unbase64_lone_last_character", spark -> spark.range(1).select(unbase64(lit("U3-_cms=junk"))));
    query("unbase64_wrong_padding", spark -> spark.range(1).select(unbase64(lit("U3Bh="))));
    query("unbase64_single_padding_after_two", spark -> spark.range(1).select(unbase64(lit("U3Bhcm=x"))));
    query("unbase64_data_after_padding", spark -> spark.range(1).select(unbase64(lit("U3Bhcm==x"))));
    query("base64_of_number", spark -> spark.range(1).select(base64(lit(123))));
    query("base64_long_text", spark -> spark.range(1).select(base64(repeat(lit("Spark SQL "), 12))));
    query("unbase64_invalid", spark -> spark.range(1).select(unbase64(lit("a%b"))));
    query("encode_decode", spark -> FunctionData.text(spark).select(encode(col("t"), "UTF-8"),
        decode(encode(col("t"), "utf-8"), "UTF-8")));
    query("encode_charsets", spark -> spark.range(1).select(encode(lit("abc"), "US-ASCII"),
        encode(lit("ä"), "ISO-8859-1"), decode(lit(new byte[] {97, 98}), "US-ASCII"),
        decode(lit(new byte[] {-28}), "ISO-8859-1")));
    query("encode_unmappable", spark -> spark.range(1).select(encode(lit("aż"), "ISO-8859-1")));
    query("encode_non_ascii", spark -> spark.range(1).select(encode(lit("ä"), "US-ASCII")));
    query("decode_non_ascii", spark -> spark.range(1).select(decode(lit(new byte[] {97, -1}), "US-ASCII")));
    query("collation", spark -> FunctionData.text(spark).select(call_function("collation", col("t"))));
    query("encode_unknown_charset", spark -> spark.range(1).select(encode(lit("abc"), "klingon")));
    query("decode_unknown_charset", spark -> spark.range(1).select(decode(lit(new byte[] {97}), "klingon")));
  }

  private void lengthsAndDistances() {
    query("lengths", spark -> FunctionData.text(spark).select(octet_length(col("t")), bit_length(col("t")),
        char_length(col("t")), character_length(col("t")), len(col("t"))));
    query("lengths_of_binary", spark -> spark.range(1).select(octet_length(lit(new byte[] {1, 2, 3})),
        bit_length(lit(new byte[] {1, 2, 3})), char_length(lit(new byte[] {1, 2})), len(lit(new byte[] {1})),
        octet_length(lit(123))));
    query("levenshtein", spark -> FunctionData.text(spark).select(levenshtein(col("t"), lit("Spark")),
        levenshtein(lit("kitten"), lit("sitting")), levenshtein(lit(""), lit("abc")),
        levenshtein(lit("kitten"), lit("sitting"), 2), levenshtein(lit("kitten"), lit("sitting"), 3)));
    query("soundex", spark -> spark.range(1).select(soundex(lit("Robert")), soundex(lit("Rupert")),
        soundex(lit("Tymczak")), soundex(lit("Pfister")), soundex(lit("Ashcraft")), soundex(lit("")),
        soundex(lit("123")), soundex(lit("a")), soundex(lit("Honeyman"))));
    query("soundex_column", spark -> FunctionData.text(spark).select(soundex(col("t"))));
    query("lcase_ucase", spark -> FunctionData.text(spark).select(lcase(col("t")), ucase(col("t"))));
  }

  private void lookups() {
    query("position", spark -> FunctionData.text(spark).select(position(lit("l"), col("t")),
        position(lit("l"), col("t"), lit(5)), position(lit(""), col("t"))));
    query("find_in_set", spark -> spark.range(1).select(find_in_set(lit("b"), lit("a,b,c")),
        find_in_set(lit("d"), lit("a,b,c")), find_in_set(lit("a,b"), lit("a,b,c")), find_in_set(lit(""), lit("a,,c")),
        find_in_set(lit(""), lit("")), find_in_set(lit(null).cast("string"), lit("a"))));
    query("elt", spark -> FunctionData.text(spark).where(col("n").gt(0)).select(elt(col("n"), col("t"),
        lit("second"), lit("third"))));
    query("elt_column_out_of_range", spark -> FunctionData.text(spark).select(elt(col("n"), col("t"),
        lit("second"))));
    query("elt_out_of_range", spark -> spark.range(1).select(elt(lit(4), lit("a"), lit("b"))));
    query("elt_null_index", spark -> spark.range(1).select(elt(lit(null).cast("int"), lit("a"), lit("b")),
        elt(lit(1), lit(2), lit(3))));
    query("space", spark -> spark.range(1).select(call_function("space", lit(3)),
        length(call_function("space", lit(0))), call_function("space", lit(-2)), call_function("space", lit(null))));
  }
}
