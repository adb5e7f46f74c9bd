package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** spark.conf() settings that change results: ANSI mode and case sensitivity. */
public final class SessionConfCases extends CaseGroup {
  public SessionConfCases() {
    super("session_conf");
    withConf("ansi_off_divide_by_zero", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(3).select(col("id").divide(0), col("id").mod(0), lit(1).divide(col("id"))));
    withConf("ansi_off_invalid_cast", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(2).select(lit("abc").cast("int"), lit("12").cast("int"), lit("1.5").cast("double")));
    withConf("ansi_off_fractional_to_integral", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(lit(Double.NaN).cast("int").as("nan_int"), lit(1e20).cast("int").as("big_int"),
            lit(-1e20).cast("long").as("small_long"), lit(-129.7).cast("byte").as("byte_wrap"),
            lit(1e10).cast("short").as("short_wrap"), lit(Float.POSITIVE_INFINITY).cast("int").as("inf_int"),
            lit(-2.9).cast("int").as("truncated"), lit(Double.NaN).cast("long").as("nan_long")));
    withConf("ansi_off_integral_narrowing", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(lit(3000000000L).cast("int").as("long_int"), lit(300).cast("byte").as("int_byte"),
            lit(-40000).cast("short").as("int_short"), lit(Long.MIN_VALUE).cast("int").as("min_long_int"),
            lit(200L).cast("byte").as("long_byte")));
    withConf("ansi_off_column_casts", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(4).select(col("id"), col("id").multiply(1e9).cast("int").as("scaled"),
            col("id").multiply(100).cast("byte").as("wrapped"), lit("x").cast("int").as("bad_string"),
            org.apache.spark.sql.functions.try_divide(col("id"), lit(0)).as("try")));
    withConf("ansi_off_na_replace_nan", "spark.sql.ansi.enabled", "false",
        spark -> spark.createDataFrame(java.util.List.of(
            org.apache.spark.sql.RowFactory.create(1, 1L, (short) 1, (byte) 1, 1.0f, 1.0),
            org.apache.spark.sql.RowFactory.create(0, 0L, (short) 0, (byte) 0, Float.NaN, Double.NaN)),
            new org.apache.spark.sql.types.StructType().add("i", "int").add("l", "bigint").add("s", "smallint")
                .add("b", "tinyint").add("f", "float").add("d", "double"))
            .na().replace("*", java.util.Map.of(1.0, Double.NaN)));
    withConf("ansi_off_decimal_to_integral", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(
            lit(new java.math.BigDecimal("12345678901234567890.75")).cast("long").as("dec_long"),
            lit(new java.math.BigDecimal("3000000000.9")).cast("int").as("dec_int"),
            lit(new java.math.BigDecimal("-129.5")).cast("byte").as("dec_byte"),
            lit(new java.math.BigDecimal("70000.25")).cast("short").as("dec_short"),
            lit(new java.math.BigDecimal("-2.99")).cast("int").as("dec_truncated"),
            lit(new java.math.BigDecimal("99999999999999999999999999999999999999")).cast("long").as("dec_max_long")));
    withConf("ansi_off_decimal_column_to_integral", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(4).select(col("id"), col("id").multiply(lit(new java.math.BigDecimal("1234567890.5")))
            .cast("int").as("wrapped"), col("id").cast("decimal(20,2)").multiply(1e9).cast("decimal(30,2)")
            .cast("short").as("short_wrapped")));
    withConf("ansi_off_element_at_out_of_bounds", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(
            org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.array(lit(1), lit(2)), 5).as("past"),
            org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.array(lit(1), lit(2)), -5).as("before"),
            org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.array(lit(1), lit(2)), 2).as("last"),
            org.apache.spark.sql.functions.array(lit(1), lit(2)).getItem(7).as("item"),
            org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.map(lit("a"), lit(1)), lit("z"))
                .as("missing_key")));
    withConf("ansi_off_element_at_zero", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(
            org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.array(lit(1), lit(2)), 0)));
    withConf("ansi_off_integer_overflow_wraps", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(1).select(lit(Integer.MAX_VALUE).plus(1).as("int_plus"),
            lit(Integer.MIN_VALUE).minus(1).as("int_minus"), lit(Integer.MAX_VALUE).multiply(3).as("int_times"),
            lit(Long.MAX_VALUE).plus(1).as("long_plus"), lit(Long.MIN_VALUE).minus(lit(1L)).as("long_minus"),
            lit(3000000000L).multiply(4000000000L).as("long_times"), lit(Long.MIN_VALUE).multiply(-1).as("long_neg_times"),
            org.apache.spark.sql.functions.negate(lit(Long.MIN_VALUE)).as("negated"),
            org.apache.spark.sql.functions.abs(lit(Integer.MIN_VALUE)).as("abs_min"),
            lit((byte) 127).plus(lit((byte) 1)).as("byte_plus"), lit((short) -32768).minus(lit((short) 1)).as("short_minus"),
            lit((short) 300).multiply(lit((short) 300)).as("short_times")));
    withConf("ansi_off_integer_overflow_wraps_in_columns", "spark.sql.ansi.enabled", "false",
        spark -> spark.range(5).selectExpr("id", "CAST(id AS INT) * 1000000000 AS int_scaled",
            "id * 4611686018427387904 AS long_scaled", "-(CAST(id AS INT) - 2147483647 - 2) AS negated",
            "CAST(id AS TINYINT) * CAST(100 AS TINYINT) AS byte_scaled"));
    withConf("ansi_off_integer_overflow_nested", "spark.sql.ansi.enabled", "false",
        spark -> spark.sql("SELECT ((2147483647 + 1) * 2 - 5) * 2147483647 AS nested, "
            + "9223372036854775807 * 9223372036854775807 + 9223372036854775807 AS long_nested"));
    withConf("case_sensitive_column", "spark.sql.caseSensitive", "true",
        spark -> spark.range(2).withColumn("Value", lit(1)).select(col("value")));
    withConf("case_sensitive_distinct_names", "spark.sql.caseSensitive", "true",
        spark -> spark.range(2).withColumn("A", lit(1)).withColumn("a", lit(2)).select(col("A"), col("a")));
    query("case_insensitive_by_default", spark -> spark.range(2).withColumn("Value", lit(1)).select(col("VALUE")));
    // RuntimeConfig over Spark's own conf keys: defaults, keys without a default, static keys
    check("runtime_config_defaults", (spark, outcome) -> {
      outcome.value("adaptive", spark.conf().get("spark.sql.adaptive.enabled"));
      outcome.value("maxRecordsPerBatch", spark.conf().get("spark.sql.execution.arrow.maxRecordsPerBatch"));
      outcome.value("fallback", spark.conf().get("spark.sql.adaptive.advisoryPartitionSizeInBytes"));
      outcome.value("withDefault", spark.conf().get("spark.sql.binaryOutputStyle", "HEX"));
    });
    check("runtime_config_undefined_option", (spark, outcome) ->
        outcome.value("option", spark.conf().getOption("spark.sql.binaryOutputStyle").toString()));
    check("runtime_config_undefined_get", (spark, outcome) ->
        outcome.value("value", String.valueOf(spark.conf().get("spark.sql.binaryOutputStyle"))));
    check("runtime_config_unknown_get", (spark, outcome) -> outcome.value("value", spark.conf().get("foo.bar.unknown")));
    check("runtime_config_is_modifiable", (spark, outcome) -> {
      outcome.value("ansi", spark.conf().isModifiable("spark.sql.ansi.enabled"));
      outcome.value("warehouse", spark.conf().isModifiable("spark.sql.warehouse.dir"));
      outcome.value("unknown", spark.conf().isModifiable("foo.bar"));
      outcome.value("undefined", spark.conf().isModifiable("spark.sql.binaryOutputStyle"));
    });
    check("runtime_config_set_core", (spark, outcome) -> spark.conf().set("spark.executor.memory", "1g"));
    check("runtime_config_set_static", (spark, outcome) -> spark.conf().set("spark.sql.globalTempDatabase", "other"));
    check("runtime_config_set_and_unset", (spark, outcome) -> {
      spark.conf().set("spark.sql.binaryOutputStyle", "HEX");
      outcome.value("set", spark.conf().get("spark.sql.binaryOutputStyle"));
      spark.conf().unset("spark.sql.binaryOutputStyle");
      outcome.value("unset", spark.conf().getOption("spark.sql.binaryOutputStyle").toString());
    });
  }

  /** Runs the query with one conf set, and restores the default afterwards. */
  private void withConf(String name, String key, String value, java.util.function.Function<
      org.apache.spark.sql.SparkSession, Dataset<Row>> query) {
    CaseBody body = (spark, outcome) -> {
      spark.conf().set(key, value);
      try {
        outcome.dataset(query.apply(spark));
      } finally {
        spark.conf().unset(key);
      }
    };
    check(name, body);
  }
}
