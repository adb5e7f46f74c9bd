package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;

/**
 * {@code repartitionById(n, id)}: the partition {@code spark_partition_id()} reports is {@code pmod(id, n)}, 0 for a
 * NULL id, whatever Ember's own partitioning.
 */
public final class PartitionIdCases extends CaseGroup {
  public PartitionIdCases() {
    super("partition_ids");
    unordered("by_id", spark -> spark.range(20).withColumn("p", col("id").mod(4).cast("int"))
        .repartitionById(4, col("p")).withColumn("actual", spark_partition_id()));
    unordered("negative_ids", spark -> spark.range(10)
        .repartitionById(10, col("id").minus(5).cast("int")).withColumn("actual", spark_partition_id()));
    unordered("null_ids", spark -> spark.range(10)
        .repartitionById(10, when(col("id").lt(5), col("id")).otherwise(lit(null)).cast("int"))
        .withColumn("actual", spark_partition_id()));
    unordered("ids_beyond_partitions", spark -> spark.range(12)
        .repartitionById(5, col("id").multiply(3).cast("int")).select(col("id"), spark_partition_id().as("pid")));
    unordered("filter_between", spark -> spark.range(12).repartitionById(3, col("id").cast("int"))
        .filter(col("id").gt(4)).withColumn("actual", spark_partition_id()));
    query("bigint_id", spark -> spark.range(6).repartitionById(3, col("id")).withColumn("actual", spark_partition_id()));
  }
}
