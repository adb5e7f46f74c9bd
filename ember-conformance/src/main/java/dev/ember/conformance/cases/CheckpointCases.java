package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** {@code localCheckpoint} and {@code checkpoint}: the data is computed once and later plans read it. */
public final class CheckpointCases extends CaseGroup {
  public CheckpointCases() {
    super("checkpoints");
    query("local_checkpoint", spark -> squares(spark).localCheckpoint().filter(col("square").gt(10)).orderBy("id"));
    query("local_checkpoint_lazy", spark -> squares(spark).localCheckpoint(false).orderBy(col("id").desc()));
    query("local_checkpoint_schema_and_join", spark -> {
      Dataset<Row> checkpointed = squares(spark).localCheckpoint();
      return checkpointed.join(checkpointed.withColumnRenamed("square", "other"), "id").orderBy("id");
    });
    query("local_checkpoint_aggregate", spark -> squares(spark).localCheckpoint()
        .groupBy(col("id").mod(2).as("parity")).sum("square").orderBy("parity"));
    // a legacy error without SQLSTATE, which the Connect client reports as XXKCM: the condition is compared
    check("checkpoint_without_directory", (spark, outcome) -> {
      try {
        squares(spark).checkpoint().collectAsList();
        outcome.value("error", "none");
      } catch (Exception error) {
        outcome.value("condition", ((org.apache.spark.SparkThrowable) error).getCondition());
        outcome.value("class", error.getClass().getName());
      }
    });
  }

  private static Dataset<Row> squares(SparkSession spark) {
    return spark.range(1, 7).select(col("id"), col("id").multiply(col("id")).as("square"));
  }
}
