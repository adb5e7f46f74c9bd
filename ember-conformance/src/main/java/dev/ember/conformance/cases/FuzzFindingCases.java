package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.sum_distinct;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;

/**
 * Values and plans the bad-input fuzz test found answered differently from Spark: bigint seconds cast to timestamps
 * at the ends of their range, integer literal keys naming an aggregate's position, sums of distinct decimals past 38
 * digits.
 */
public final class FuzzFindingCases extends CaseGroup {
  private static final long LAST_EXACT_SECOND = Long.MAX_VALUE / 1_000_000;

  public FuzzFindingCases() {
    super("fuzz_findings");
    secondsToTimestamps();
    groupingPositions();
    distinctDecimalSums();
    charactersOutsideTheBmp();
  }

  /** Text with characters outside the BMP (and the separators Ember's error payloads use) in SQL and in errors. */
  private void charactersOutsideTheBmp() {
    query("sql_text_after_an_emoji_is_read_whole", spark -> spark.sql(
        "SELECT 'a\uD83D\uDE00b' AS s, CAST(1 AS STRING), 'x\uD83D\uDE00' || CAST(2 AS STRING) AS t"));
    query("sql_cast_of_an_emoji_string_fails_as_spark", spark -> spark.sql("SELECT CAST('a\uD83D\uDE00b' AS INT)"));
    query("cast_of_emoji_values_fails_naming_the_value", spark -> spark.range(1)
        .select(lit("\uD83D\uDE00 \u00e9").plus(col("id")).cast("string").cast("int").as("i")));
    query("cast_of_payload_separators_fails_naming_the_value", spark -> spark.range(1)
        .select(org.apache.spark.sql.functions.concat(lit("x\u001Ey\u001Fz|"), col("id").cast("string")).cast("int")
            .as("i")));
    query("assert_true_message_with_an_emoji", spark -> spark.range(1)
        .select(org.apache.spark.sql.functions.assert_true(col("id").gt(5), lit("boom \uD83D\uDE00"))));
    query("raise_error_message_with_separators", spark -> spark.range(1)
        .select(org.apache.spark.sql.functions.raise_error(lit("a\u001Eb\u001Fc|d"))));
  }

  private void secondsToTimestamps() {
    query("bigint_cast_to_timestamp_saturates_high", spark -> spark.range(2).select(lit(Long.MAX_VALUE)
        .minus(col("id")).cast("timestamp").as("t")));
    query("bigint_cast_to_timestamp_past_last_second", spark -> spark.range(1).select(lit(LAST_EXACT_SECOND + 1)
        .minus(col("id")).cast("timestamp").as("t")));
    query("bigint_cast_to_timestamp_last_second", spark -> spark.range(1).select(lit(LAST_EXACT_SECOND)
        .minus(col("id")).cast("timestamp").as("t")));
    query("bigint_cast_to_timestamp_saturates_low", spark -> spark.range(1).select(lit(Long.MIN_VALUE)
        .plus(col("id")).cast("timestamp").as("t")));
    query("bigint_cast_to_timestamp_exact_micros", spark -> spark.range(1).select(lit(9_000_000_000_000L)
        .plus(col("id")).cast("timestamp").as("t"), lit(-1L).minus(col("id")).cast("timestamp").as("before_epoch")));
    query("int_cast_to_timestamp", spark -> spark.range(1).select(lit(Integer.MIN_VALUE).plus(col("id").cast("int"))
        .cast("timestamp").as("t")));
  }

  private void groupingPositions() {
    query("group_by_position_of_count", spark -> spark.range(4).groupBy(lit(2)).count());
    query("group_by_position_of_sum", spark -> spark.range(4).groupBy(lit(2)).agg(sum("id")));
    query("group_by_position_of_aliased_max", spark -> spark.range(4).groupBy(lit(1), lit(3))
        .agg(max("id").as("m x")));
    query("group_by_position_of_expression_over_aggregate", spark -> spark.range(4).groupBy(lit(2))
        .agg(max("id").minus(min("id")).as("spread")));
    query("group_by_position_of_constant", spark -> spark.range(4).groupBy(lit(2)).agg(lit(5).as("five")));
  }

  private void distinctDecimalSums() {
    query("sum_distinct_of_decimals_beyond_38_digits", spark -> spark.range(0, 4, 1, 1)
        .select(lit(new BigDecimal("6" + "0".repeat(37))).plus(col("id").mod(2)).as("v")).agg(sum_distinct(col("v"))));
    query("sum_distinct_of_decimals_overflows_128_bits", spark -> spark.range(0, 6, 1, 1)
        .select(lit(new BigDecimal("9".repeat(38))).minus(col("id").mod(3)).as("v")).agg(sum_distinct(col("v"))));
    query("sum_distinct_of_decimals_with_scale", spark -> spark.range(0, 4, 1, 1)
        .select(lit(new BigDecimal("6" + "0".repeat(35) + ".5")).plus(col("id").mod(2)).as("v"))
        .agg(sum_distinct(col("v"))));
    unordered("sum_distinct_of_decimals_fits", spark -> spark.range(0, 6, 1, 1)
        .select(lit(new BigDecimal("3" + "0".repeat(33) + ".25")).minus(col("id").mod(3)).as("v"))
        .groupBy(col("v").gt(0).as("positive")).agg(sum_distinct(col("v")), sum(col("v"))));
  }
}
