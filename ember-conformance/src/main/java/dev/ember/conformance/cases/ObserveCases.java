package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/** {@code df.observe}: rows pass unchanged; an {@code Observation} gets its metrics once the query ran. */
public final class ObserveCases extends CaseGroup {
  public ObserveCases() {
    super("observe");
    query("observe_passes_rows", spark -> spark.range(5).observe("metrics", sum(col("id")).as("total"))
        .filter(col("id").gt(1)));
    check("observation_after_collect", (spark, outcome) -> {
      Observation observation = new Observation("stats");
      Dataset<Row> observed = spark.range(1, 11).toDF().observe(observation, count(lit(1)).as("rows"),
          sum(col("id")).as("total"), avg(col("id")).as("mean"), max(col("id").cast("string")).as("largest"));
      outcome.value("rows", observed.filter(col("id").mod(2).equalTo(0)).collectAsList().size());
      outcome.value("metrics", sorted(observation.getAsJava()));
    });
    check("observation_after_count", (spark, outcome) -> {
      Observation observation = new Observation();
      long rows = spark.range(7).observe(observation, sum(col("id")).as("s"), count(lit(1)).as("c")).count();
      outcome.value("count", rows);
      outcome.value("metrics", sorted(observation.getAsJava()));
    });
    check("observation_of_empty_input", (spark, outcome) -> {
      Observation observation = new Observation("empty");
      spark.range(0).observe(observation, sum(col("id")).as("s"), count(lit(1)).as("c")).collectAsList();
      outcome.value("metrics", sorted(observation.getAsJava()));
    });
    check("two_observations", (spark, outcome) -> {
      Observation first = new Observation("first");
      Observation second = new Observation("second");
      spark.range(4).observe(first, sum(col("id")).as("s")).filter(col("id").gt(1))
          .observe(second, count(lit(1)).as("c")).collectAsList();
      outcome.value("first", sorted(first.getAsJava()));
      outcome.value("second", sorted(second.getAsJava()));
    });
    // a struct metric (arrays and maps arrive as Java arrays and maps over Connect, as Scala collections in classic Spark)
    check("observation_of_struct_metric", (spark, outcome) -> {
      Observation observation = new Observation("complex");
      spark.range(4).observe(observation,
          org.apache.spark.sql.functions.struct(sum(col("id")).as("s"), max(col("id")).as("m")).as("summary"))
          .collectAsList();
      outcome.value("metrics", sorted(observation.getAsJava()));
    });
    // a metric that fails: the query's rows still arrive, the observation raises the metric's error
    check("failing_metric", (spark, outcome) -> {
      Observation observation = new Observation("failing");
      outcome.value("rows", spark.range(10).observe(observation, sum(col("id")).as("sum_id"),
          org.apache.spark.sql.functions.raise_error(lit("test error")).as("raise_error")).collectAsList().size());
      outcome.value("metrics", sorted(observation.getAsJava()));
    });
    query("observe_non_aggregate", spark -> spark.range(3).observe("bad", col("id").plus(1).as("x")));
  }

  private static String sorted(Map<String, ?> metrics) {
    return new TreeMap<>(metrics).toString();
  }
}
