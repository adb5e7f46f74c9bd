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
    withConf("case_sensitive_column", "spark.sql.caseSensitive", "true",
        spark -> spark.range(2).withColumn("Value", lit(1)).select(col("value")));
    withConf("case_sensitive_distinct_names", "spark.sql.caseSensitive", "true",
        spark -> spark.range(2).withColumn("A", lit(1)).withColumn("a", lit(2)).select(col("A"), col("a")));
    query("case_insensitive_by_default", spark -> spark.range(2).withColumn("Value", lit(1)).select(col("VALUE")));
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
