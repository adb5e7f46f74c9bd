package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_char;
import static org.apache.spark.sql.functions.to_number;
import static org.apache.spark.sql.functions.to_varchar;
import static org.apache.spark.sql.functions.try_to_number;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** to_number / try_to_number and to_char / to_varchar with Spark's number formats, and to_char's other inputs. */
public final class NumberFormatCases extends CaseGroup {
  public NumberFormatCases() {
    super("number_format");
    query("to_number_formats", spark -> spark.range(1).select(number("454", "999"), number("-454", "S999"),
        number("$78.12", "$99.99"), number("12,454.8-", "99G999D9S"), number("454", "000"), number("0454", "0999"),
        number(".5", "9.99"), number("-12,345.6", "S99,999.9"), number("<123>", "999PR"), number("123-", "999MI"),
        number("+7", "S9"), number("1 2 3", "999"), number("12.", "99.9"), number("12", "99.9")));
    query("to_number_lowercase_format", spark -> spark.range(1).select(number("1,234.5", "9g999d9"),
        number("$5", "$9"), number("5", "9pr"), number("5-", "9mi")));
    query("try_to_number_more", spark -> spark.range(1).select(tryNumber("-12,345.6", "99,999.9"),
        tryNumber("1,234", "9,999"), tryNumber("1234", "9,999"), tryNumber("12,34", "9,999"), tryNumber("-", "S9"),
        tryNumber("5", "$9"), tryNumber("1", "0.9"), tryNumber("01.5", "00.00")));
    query("to_number_column", spark -> texts(spark).select(col("t"), try_to_number(col("t"), lit("9,999.99")),
        try_to_number(col("t"), lit("S9999.99"))));
    query("try_to_number_mismatches", spark -> spark.range(1).select(tryNumber("abc", "999"),
        tryNumber("1234", "999"), tryNumber("12", "000"), tryNumber("", "9"), tryNumber(" ", "9"),
        tryNumber("1,2", "9,9"), tryNumber("<1", "9PR"), tryNumber("1>", "9PR"), tryNumber("$1", "9"),
        tryNumber("1.234", "9.99"), tryNumber("--1", "S9")));
    query("to_number_mismatch", spark -> spark.range(1).select(number("abc", "999")));
    query("to_number_mismatch_column", spark -> texts(spark).select(to_number(col("t"), lit("999.99"))));
    query("to_number_of_a_number", spark -> spark.range(1).select(to_number(lit(454), lit("999")),
        to_number(lit(4.5), lit("9.9"))));
    query("to_number_wide", spark -> spark.range(1).select(number("12345678901234567890.123", "99999999999999999999.999")));
    query("to_number_too_wide", spark -> spark.range(1).select(number("1", "9".repeat(40))));
    query("format_empty", spark -> spark.range(1).select(number("1", "")));
    query("format_without_digits", spark -> spark.range(1).select(number("1", "$")));
    query("format_dollar_after_digits", spark -> spark.range(1).select(number("1", "9$9")));
    query("format_dollar_after_point", spark -> spark.range(1).select(number("1", ".$9")));
    query("format_separators_together", spark -> spark.range(1).select(number("1", "9,,9")));
    query("format_separator_first", spark -> spark.range(1).select(number("1", ",99")));
    query("format_separator_after_point", spark -> spark.range(1).select(number("1", "9.9,9")));
    query("format_two_points", spark -> spark.range(1).select(number("1", "9.9.9")));
    query("format_two_signs", spark -> spark.range(1).select(number("1", "S9S")));
    query("format_unexpected_character", spark -> spark.range(1).select(number("1", "x9")));
    query("format_sign_in_middle", spark -> spark.range(1).select(number("1", "9S9")));
    query("format_not_literal", spark -> spark.range(1).select(to_number(lit("1"), col("id").cast("string"))));
    query("to_number_wrong_type", spark -> spark.range(1).select(to_number(lit(new byte[] {1}), lit("9"))));
    query("to_char_formats", spark -> spark.range(1).select(toChar(454, "999"), toChar(new BigDecimal("454.00"), "000D00"),
        toChar(12454, "99G999"), toChar(new BigDecimal("78.12"), "$99.99"), toChar(new BigDecimal("-12454.8"), "99G999D9S"),
        toChar(5, "000"), toChar(5, "999"), toChar(-5, "999MI"), toChar(5, "999MI"), toChar(-5, "999PR"),
        toChar(5, "999PR"), toChar(-5, "S999"), toChar(5, "S999"), toChar(0, "999"), toChar(new BigDecimal("0.5"), "9.99"),
        toChar(new BigDecimal("0.5"), "0.99"), toChar(12345, "999"), toChar(new BigDecimal("1.234"), "9.99")));
    query("to_char_more_formats", spark -> spark.range(1).select(toChar(1234567, "9,999,999"), toChar(1234, "9,999,999"),
        toChar(-1234, "S9,999,999"), toChar(-1234, "9,999,999MI"), toChar(-1234, "$9,999PR"), toChar(12, "99.99"),
        toChar(new BigDecimal("-0.5"), "S9.9"), toChar(new BigDecimal("-0.5"), "9.9MI"), toChar(7, "9."), toChar(7, "9.9S"),
        toChar(new BigDecimal("12.5"), "$0999D99")));
    query("to_char_column", spark -> decimals(spark).select(col("d"), to_char(col("d"), lit("S9,999.99")),
        to_varchar(col("d"), lit("9999.9PR")), to_char(col("d"), lit("0000.000"))));
    query("to_char_types", spark -> spark.range(1).select(to_char(lit(1.5), lit("9.9")), to_char(lit(1.5f), lit("9.9")),
        to_char(lit(7L), lit("9")), to_char(lit((short) 3), lit("9")), to_char(lit("12.5"), lit("99.9")),
        to_char(lit(0.1), lit("9.99999999999999999"))));
    query("to_char_bad_text", spark -> spark.range(1).select(to_char(lit("abc"), lit("999"))));
    query("to_char_bad_format", spark -> spark.range(1).select(to_char(lit(454), lit("abc"))));
    query("to_char_format_not_literal", spark -> spark.range(1).select(to_char(lit(454), col("id").cast("string"))));
    query("to_char_wrong_type", spark -> spark.range(1).select(to_char(lit(true), lit("9"))));
    query("to_char_datetimes", spark -> spark.range(1).select(
        to_char(lit(java.sql.Date.valueOf("2016-04-08")), lit("yyyy")),
        to_varchar(lit(java.time.LocalDateTime.parse("2016-04-08T10:11:12")), lit("yyyy-MM-dd HH:mm")),
        to_char(lit(java.sql.Timestamp.valueOf("2016-04-08 10:11:12")), lit("dd/MM/yyyy"))));
    query("to_char_binaries", spark -> spark.range(1).select(to_char(lit("Spark SQL".getBytes()), lit("base64")),
        to_char(lit("Spark SQL".getBytes()), lit("hex")), to_char(lit("Spark SQL".getBytes()), lit("utf-8")),
        to_varchar(lit(new byte[] {0x41}), lit(" BASE64 ")), to_char(lit(new byte[] {0x41}), lit("UTF-8")),
        to_varchar(lit(new byte[] {0x41}), lit("Hex")), to_varchar(lit(new byte[] {0x41}), lit("utf-8"))));
    query("to_char_binary_bad_format", spark -> spark.range(1).select(to_char(lit(new byte[] {0x41}), lit("foo"))));
    query("to_varchar_binary_bad_format", spark -> spark.range(1).select(to_varchar(lit(new byte[] {0x41}), lit("Utf8"))));
  }

  private static Column number(String text, String format) {
    return to_number(lit(text), lit(format));
  }

  private static Column tryNumber(String text, String format) {
    return try_to_number(lit(text), lit(format));
  }

  private static Column toChar(Object number, String format) {
    return to_char(lit(number), lit(format));
  }

  private static Dataset<Row> texts(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("1,234.50"), RowFactory.create("-12.5"),
        RowFactory.create("99"), RowFactory.create("x"), RowFactory.create((Object) null)),
        new StructType().add("t", DataTypes.StringType));
  }

  private static Dataset<Row> decimals(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create(new BigDecimal("1234.50")),
        RowFactory.create(new BigDecimal("-12.25")), RowFactory.create(new BigDecimal("0.00")),
        RowFactory.create(new BigDecimal("-0.01")), RowFactory.create((Object) null)),
        new StructType().add("d", DataTypes.createDecimalType(8, 2)));
  }
}
