package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code stat().sampleBy} and {@code stat().freqItems}. Their rows depend on Spark's random draws and
 * partitioning; the cases compare what does not: strata with fraction 0 or 1, the schema, the items
 * every run reports, the errors.
 */
public final class StatSamplingCases extends CaseGroup {
  public StatSamplingCases() {
    super("stat_sampling");
    unordered("sample_by_all_or_nothing", spark -> keyed(spark).stat()
        .sampleBy("key", Map.of(0L, 0.0, 1L, 1.0), 7L));
    check("sample_by_half", (spark, outcome) -> {
      Dataset<Row> sampled = keyed(spark).stat().sampleBy("key", Map.of(2L, 0.5), 11L);
      outcome.value("schema", sampled.schema().treeString());
      long count = sampled.count();
      outcome.value("only stratum 2", sampled.filter(col("key").notEqual(2L)).count());
      outcome.value("some, not all", count > 0 && count < 34);
    });
    query("sample_by_column", spark -> keyed(spark).stat()
        .sampleBy(col("key"), Map.of(1L, 1.0), 3L).select("id").orderBy("id").limit(5));
    query("sample_by_bad_fraction", spark -> keyed(spark).stat().sampleBy("key", Map.of(1L, 1.5), 3L));
    check("freq_items", (spark, outcome) -> {
      Dataset<Row> items = letters(spark).stat().freqItems(new String[] {"numbers", "letters"}, 0.1);
      outcome.value("schema", items.schema().treeString());
      Row row = items.first();
      outcome.value("numbers has 1", row.getList(0).contains(1L));
      outcome.value("letters has b", row.getList(1).contains("b"));
      Row negatives = letters(spark).stat().freqItems(new String[] {"negative"}, 0.1).first();
      outcome.value("negative has -1.0", negatives.getList(0).contains(-1.0));
    });
    check("freq_items_default_support", (spark, outcome) -> {
      Dataset<Row> items = letters(spark).stat().freqItems(new String[] {"numbers"});
      outcome.value("schema", items.schema().treeString());
      outcome.value("has 1", items.first().getList(0).contains(1L));
    });
    query("freq_items_bad_support", spark -> letters(spark).stat().freqItems(new String[] {"numbers"}, 2.0));
    query("freq_items_missing_column", spark -> letters(spark).stat().freqItems(List.of("nope").toArray(String[]::new), 0.5));
  }

  private static Dataset<Row> keyed(SparkSession spark) {
    return spark.range(100).withColumn("key", col("id").mod(3));
  }

  /** A third of the rows have number 1 and letter b; the others are all different. */
  private static Dataset<Row> letters(SparkSession spark) {
    return spark.range(1000).select(
        when(col("id").mod(3).equalTo(0), lit(1L)).otherwise(col("id")).as("numbers"),
        when(col("id").mod(3).equalTo(0), lit("b")).otherwise(concat(lit("x"), col("id").cast("string"))).as("letters"),
        when(col("id").mod(3).equalTo(0), lit(-1.0)).otherwise(col("id").multiply(-1.0)).as("negative"));
  }
}
