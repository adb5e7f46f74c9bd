package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.ember.conformance.CaseGroup;
import java.util.TreeMap;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code df.write.format("noop")}: Spark's benchmark sink runs the query and drops its rows. What each save mode,
 * partitioning and option does, that the query's errors and observations still come, and what refuses it.
 */
public final class NoopWriteCases extends CaseGroup {
  public NoopWriteCases() {
    super("noop_writes");
    for (String mode : new String[] {"append", "overwrite", "ignore", "errorifexists", "default"}) {
      check("mode_" + mode, (spark, outcome) -> {
        DataFrameWriter<Row> writer = spark.range(5).toDF().write().format("noop");
        if (!mode.equals("default")) {
          writer = writer.mode(mode);
        }
        writer.save();
        outcome.value("written", "ok");
      });
    }
    check("with_a_path", (spark, outcome) -> {
      spark.range(3).write().format("noop").mode("overwrite").save("noop-output");
      outcome.value("written", "ok");
      outcome.value("path exists", new java.io.File("noop-output").exists());
    });
    check("with_options", (spark, outcome) -> {
      spark.range(3).write().format("NOOP").mode("append").option("compression", "none").option("any", "1").save();
      outcome.value("written", "ok");
    });
    check("partitioned", (spark, outcome) -> refused(outcome, () -> {
      spark.range(3).write().format("noop").mode("append").partitionBy("id").save();
      outcome.value("written", "ok");
    }));
    check("bucketed", (spark, outcome) -> refused(outcome, () -> {
      spark.range(3).write().format("noop").mode("append").bucketBy(2, "id").save();
      outcome.value("written", "ok");
    }));
    check("query_fails", (spark, outcome) -> {
      spark.range(3).select(lit(1).divide(col("id")).as("inverse")).write().format("noop").mode("append").save();
      outcome.value("written", "ok");
    });
    check("unused_column_fails", (spark, outcome) -> {
      spark.range(3).select(col("id"), lit(1).divide(col("id").minus(1)).as("inverse")).write().format("noop")
          .mode("overwrite").save();
      outcome.value("written", "ok");
    });
    check("observation", (spark, outcome) -> {
      Observation observation = new Observation("noop_metrics");
      Dataset<Row> observed = spark.range(1, 11).toDF().observe(observation, count(lit(1)).as("rows"),
          sum(col("id")).as("total"));
      observed.write().format("noop").mode("overwrite").save();
      outcome.value("metrics", new TreeMap<>(observation.getAsJava()).toString());
    });
    check("drop_duplicates_within_watermark", (spark, outcome) -> refused(outcome, () -> {
      spark.range(10).dropDuplicatesWithinWatermark().write().format("noop").mode("append").save();
      outcome.value("written", "ok");
    }));
    check("drop_duplicates_within_watermark_columns", (spark, outcome) -> refused(outcome, () -> {
      spark.range(10).withColumn("newcol", col("id")).dropDuplicatesWithinWatermark("newcol").write()
          .format("noop").mode("append").save();
      outcome.value("written", "ok");
    }));
    check("save_as_table", (spark, outcome) -> {
      spark.range(3).write().format("noop").mode("overwrite").saveAsTable("noop_table");
      outcome.value("written", "ok");
    });
    check("read", (spark, outcome) -> refused(outcome, () -> readNoop(spark).collectAsList()));
  }

  /**
   * Runs a write Spark refuses, recording the error's condition and parameters (legacy errors have no SQLSTATE in
   * Spark, which the Connect client reports as XXKCM for any server) or, for a plain Java exception (which the
   * client turns into a SparkIllegalArgumentException), its message alone.
   */
  private static void refused(dev.ember.conformance.Outcome outcome, Runnable write) {
    try {
      write.run();
    } catch (Exception failure) {
      if (failure instanceof org.apache.spark.SparkThrowable thrown && thrown.getCondition() != null
          && !thrown.getCondition().startsWith("_LEGACY_ERROR_TEMP_3105")) {
        outcome.value("condition", thrown.getCondition());
        outcome.value("parameters", new TreeMap<>(thrown.getMessageParameters()).toString());
      } else {
        outcome.value("message", failure.getMessage().replaceFirst("^\\[_LEGACY_ERROR_TEMP_3105\\] ", ""));
      }
    }
  }

  private static Dataset<Row> readNoop(SparkSession spark) {
    return spark.read().format("noop").load();
  }
}
