package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;

/**
 * Expression rules Spark's own SQL golden files showed Ember getting wrong, in SQL and on the DataFrame path: the
 * datetime rewrite of {@code date ± number} (date_add / date_sub and their type checks), string promotion in
 * comparisons and arithmetic, casts between intervals and numbers, strings read as integers, max_by / min_by with
 * k, decode as CASE, rounding integers to negative scales and map_zip_with's key coercion.
 */
public final class SqlExpressionCases2 extends CaseGroup {
  public SqlExpressionCases2() {
    super("sql_expressions_2", true);
    dateArithmetic();
    stringPromotion();
    intervalNumberCasts();
    textToIntegerCasts();
    extremesBy();
    miscellaneous();
  }

  private void dateArithmetic() {
    query("date_plus_and_minus_integers", spark -> spark.sql("SELECT date '2001-09-28' + 7Y, 7S + date '2001-09-28',"
        + " date '2001-10-01' - 7, try_add(date '2021-01-01', 1)"));
    query("date_plus_integer_column", spark -> spark.range(3).select(expr("date '2024-02-27'").plus(col("id")
        .cast("int")), lit(java.sql.Date.valueOf("2024-03-01")).minus(col("id").cast("short"))));
    query("date_plus_bigint_column_error", spark -> spark.range(3).select(expr("date '2024-02-27'").plus(col("id"))));
    query("date_plus_double_error", spark -> spark.sql("SELECT date '2011-11-11' + 1E1"));
    query("date_plus_decimal_error", spark -> spark.sql("SELECT date '2017-12-11' + CAST(1 AS DECIMAL(3, 0))"));
    query("decimal_minus_date_error", spark -> spark.sql("SELECT CAST(1 AS DECIMAL(3, 0)) - date '2017-12-11'"));
    query("timestamp_minus_decimal_error", spark -> spark.sql(
        "SELECT timestamp '2017-12-11 09:30:00' - CAST(1 AS DECIMAL(5, 0))"));
    query("decimal_minus_timestamp_error", spark -> spark.range(1).select(
        lit(new java.math.BigDecimal("1")).minus(expr("timestamp '2017-12-11 09:30:00'"))));
  }

  private void stringPromotion() {
    query("comparisons_of_strings_and_numbers", spark -> spark.sql("SELECT 1.5 = '1.51', '1.5' > 0.5, 0.5 <= '1.5',"
        + " 2 = '2', 3000000000 > '2999999999'"));
    query("string_compared_with_binary", spark -> spark.sql("SELECT ' ' = X'0020', ' ' > X'001F',"
        + " CAST(NULL AS STRING) < X'001F', X'61' = 'a'"));
    query("abs_and_minus_of_strings", spark -> spark.sql("SELECT abs('-2.19'), - '1', abs(NULL)"));
    query("abs_of_string_column", spark -> spark.sql("SELECT '-3.5' AS s").select(org.apache.spark.sql.functions
        .abs(col("s")), org.apache.spark.sql.functions.negate(col("s"))));
    query("pmod_of_string_and_binary_error", spark -> spark.sql("SELECT pmod('1', CAST('1' AS BINARY))"));
    query("pmod_of_decimal_and_boolean_error", spark -> spark.sql("SELECT pmod(CAST(1 AS DECIMAL(3, 0)), true)"));
    query("pmod_of_strings_error", spark -> spark.sql("SELECT pmod('1', '1')"));
  }

  private void intervalNumberCasts() {
    query("intervals_to_integers", spark -> spark.sql("SELECT CAST(INTERVAL '-10-2' YEAR TO MONTH AS SMALLINT),"
        + " CAST(INTERVAL -'1 02:03:04.123' DAY TO SECOND AS INT), CAST(INTERVAL '10' DAY AS BIGINT),"
        + " CAST(INTERVAL -'10.123456' SECOND AS TINYINT)"));
    query("intervals_to_decimals", spark -> spark.sql("SELECT CAST(INTERVAL '-1' YEAR AS DECIMAL(10, 0)),"
        + " CAST(INTERVAL '08:11:10.001' HOUR TO SECOND AS DECIMAL(10, 4)),"
        + " CAST(INTERVAL '10.005' SECOND AS DECIMAL(4, 2)), CAST(INTERVAL '1 01:02:03.1' DAY TO SECOND AS DECIMAL(8, 1))"));
    query("numbers_to_intervals", spark -> spark.sql("SELECT CAST(-122S AS INTERVAL YEAR TO MONTH),"
        + " CAST(100Y AS INTERVAL HOUR TO SECOND), CAST(1000 AS INTERVAL MONTH), CAST(10.123456BD AS INTERVAL DAY TO"
        + " SECOND), CAST(-10.123456BD AS INTERVAL YEAR TO MONTH), CAST(10.654321BD AS INTERVAL MONTH)"));
    query("number_column_to_interval", spark -> spark.range(3).select(col("id").multiply(1000)
        .cast("interval day to second"), col("id").cast("decimal(5,2)").cast("interval year")));
    query("interval_to_smallint_overflow_error", spark -> spark.sql(
        "SELECT CAST(INTERVAL '23:59:59' HOUR TO SECOND AS SMALLINT)"));
    query("interval_to_tinyint_overflow_error", spark -> spark.sql("SELECT CAST(INTERVAL '-1000' MONTH AS TINYINT)"));
    query("integer_to_year_interval_overflow_error", spark -> spark.sql("SELECT CAST(2147483647 AS INTERVAL YEAR)"));
    query("long_to_day_interval_overflow_error", spark -> spark.sql(
        "SELECT CAST(-9223372036854775808L AS INTERVAL DAY)"));
    query("interval_to_narrow_decimal_error", spark -> spark.sql(
        "SELECT CAST(INTERVAL '10.123' SECOND AS DECIMAL(1, 0))"));
    query("interval_to_double_error", spark -> spark.sql("SELECT CAST(INTERVAL '1' DAY AS DOUBLE)"));
    withConf("interval_overflow_without_ansi_error", "spark.sql.ansi.enabled", "false", spark -> spark.sql(
        "SELECT CAST(INTERVAL '1000000' SECOND AS SMALLINT)"));
  }

  private void textToIntegerCasts() {
    query("text_with_fraction_to_int_error", spark -> spark.sql("SELECT CAST('1.23' AS INT)"));
    query("text_with_fraction_to_long_error", spark -> spark.sql("SELECT '-4.56' :: BIGINT"));
    query("text_try_cast_to_integers", spark -> spark.sql("SELECT TRY_CAST('1.23' AS INT), TRY_CAST('-4.56' AS LONG),"
        + " TRY_CAST(' 7 ' AS INT), TRY_CAST('abc' AS SMALLINT), TRY_CAST('+12' AS TINYINT)"));
    query("text_with_whitespace_to_integer_and_boolean", spark -> spark.sql("SELECT CAST(' 42\\t' AS INT),"
        + " CAST('\\t\\t true \\n\\r ' AS BOOLEAN), CAST('\\n false' AS BOOLEAN), CAST(NULL AS STRING) :: INT"));
    query("text_column_to_integer", spark -> spark.sql("SELECT * FROM VALUES (' 1'), ('-20 '), (NULL) AS t(s)")
        .select(col("s").cast("int"), col("s").cast("bigint")));
    withConf("text_with_fraction_to_int_without_ansi", "spark.sql.ansi.enabled", "false", spark -> spark.sql(
        "SELECT CAST('-4.56' AS INT), CAST('1.' AS BIGINT), CAST('.5' AS INT), CAST('1.2.3' AS INT),"
            + " CAST(' 12 ' AS SMALLINT), CAST('99999999999' AS INT)"));
    withConf("integers_to_binary_without_ansi", "spark.sql.ansi.enabled", "false", spark -> spark.sql(
        "SELECT hex(CAST(-123Y AS BINARY)), hex(CAST(123S AS BINARY)), hex(CAST(-123 AS BINARY)),"
            + " hex(CAST(123L AS BINARY))"));
    query("integer_to_binary_error", spark -> spark.sql("SELECT CAST(123 AS BINARY)"));
  }

  private static final String SCORES = "VALUES ('Eng', 'Alice', 120000), ('Eng', 'Bob', 95000),"
      + " ('Eng', 'Carol', 110000), ('Sales', 'Dave', 80000), ('Sales', 'Eve', 75000), ('Sales', NULL, 85000),"
      + " ('Sales', 'Gil', NULL) AS t(dept, emp, salary)";

  private void extremesBy() {
    query("max_by_min_by_k", spark -> spark.sql("SELECT max_by(emp, salary, 2), min_by(emp, salary, 3),"
        + " max_by(emp, salary, 10) FROM " + SCORES));
    query("max_by_k_grouped", spark -> spark.sql("SELECT dept, max_by(emp, salary, 2), min_by(emp, salary, 2)"
        + " FROM " + SCORES + " GROUP BY dept ORDER BY dept"));
    query("max_by_k_over_window", spark -> spark.sql("SELECT dept, emp, max_by(emp, salary, 2) OVER (PARTITION BY"
        + " dept) FROM " + SCORES + " WHERE salary IS NOT NULL ORDER BY dept, emp"));
    query("max_by_k_in_dataframe_agg", spark -> spark.sql("SELECT * FROM " + SCORES).groupBy("dept")
        .agg(expr("min_by(salary, emp, 1)")).orderBy("dept"));
    query("max_by_k_zero_error", spark -> spark.sql("SELECT max_by(emp, salary, 0) FROM " + SCORES));
    query("max_by_k_too_large_error", spark -> spark.sql("SELECT min_by(emp, salary, 100001) FROM " + SCORES));
  }

  private void miscellaneous() {
    query("decode_as_case", spark -> spark.sql("SELECT decode(2, 1, 'Southlake', 2, 'San Francisco', 'other'),"
        + " decode(6, 1, 'Southlake', 'other'), decode(6, 1, 'Southlake'), decode(NULL, 6, 'Spark', NULL, 'SQL')"));
    query("split_by_null", spark -> spark.sql("SELECT split('abc', NULL), split(NULL, 'b'), split('a1b2', '[0-9]', 2)"));
    query("round_integers_to_negative_scales", spark -> spark.sql("SELECT round(25Y, -1), round(525S, -3),"
        + " bround(25, -1), round(-525L, -2)"));
    query("round_tinyint_overflow_error", spark -> spark.sql("SELECT round(127Y, -1)"));
    query("bround_bigint_overflow_error", spark -> spark.sql("SELECT bround(9223372036854775807L, -1)"));
    withConf("round_overflow_wraps_without_ansi", "spark.sql.ansi.enabled", "false", spark -> spark.sql(
        "SELECT round(127Y, -1), round(-32768S, -1), bround(2147483647, -1), round(-9223372036854775808L, -1)"));
    query("map_zip_with_wider_keys", spark -> spark.sql("SELECT map_zip_with(map(2Y, 1Y), map(2S, 3S, 4S, 5S),"
        + " (k, v1, v2) -> struct(k, v1, v2)), map_zip_with(map(1, 'a'), map(1.5D, 'b'), (k, x, y) -> concat(x, y)))"));
    query("map_zip_with_string_and_int_keys_error", spark -> spark.sql(
        "SELECT map_zip_with(map('1', 1), map(1, 2), (k, v1, v2) -> v1)"));
    query("in_empty_list_error", spark -> spark.sql("SELECT 1 IN ()"));
    // (a character beyond the basic plane, written as UTF-8 bytes: show() pads such characters differently)
    String text = "concat('aé大', decode(X'F09F9880', 'UTF-8'))";
    query("encode_wide_charsets", spark -> spark.sql("SELECT hex(encode(" + text + ", 'UTF-16')), hex(encode("
        + text + ", 'utf-16le')), hex(encode(" + text + ", 'UTF-16BE')), hex(encode(" + text + ", 'UTF-32')),"
        + " hex(encode('', 'UTF-16'))"));
    query("decode_wide_charsets", spark -> spark.sql("SELECT hex(encode(decode(X'FEFF0061D83DDE00', 'UTF-16'),"
        + " 'UTF-8')), decode(X'FFFE61006200', 'UTF-16'), decode(X'00610062', 'UTF-16'), decode(X'6100', 'UTF-16LE'),"
        + " decode(encode('大千世界', 'utf-32'), 'utf-32'),"
        + " hex(encode(decode(encode(" + text + ", 'UTF-16'), 'UTF-16'), 'UTF-8'))"));
    query("charset_column", spark -> spark.sql("SELECT hex(encode('hi', c)), decode(encode('hi', c), c) FROM VALUES"
        + " ('UTF-8'), ('utf-16le'), ('ISO-8859-1'), (NULL) AS t(c)"));
    query("charset_column_unknown_error", spark -> spark.sql("SELECT encode(s, c) FROM VALUES ('hello', 'Windows-xxx')"
        + " AS t(s, c)"));
    query("charset_column_malformed_error", spark -> spark.sql("SELECT decode(b, c) FROM VALUES (X'E8A5BF', 'US-ASCII')"
        + " AS t(b, c)"));
    query("encode_wide_charset_column", spark -> spark.sql("SELECT * FROM VALUES ('Spark'), ('世界'), (NULL) AS t(s)")
        .select(expr("hex(encode(s, 'UTF-16'))"), expr("decode(encode(s, 'UTF-32'), 'UTF-32')")));
  }
}
