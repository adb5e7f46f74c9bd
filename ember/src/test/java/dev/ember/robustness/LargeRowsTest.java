package dev.ember.robustness;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.EmberServer;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Rows of megabytes stream to a client over a server: results go in batches capped in bytes as Spark caps them
 * (70% of spark.connect.grpc.arrow.maxBatchSize), under the client's 128 MiB message limit.
 */
class LargeRowsTest {
  @Test
  void hundredsOfMegabytesOfLargeRowsStream() throws Exception {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0);
        SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create()) {
      // 160 rows of 1 MiB: one batch of them would exceed the client's message limit
      List<Row> rows = spark.range(160).select(col("id"), repeat(lit("x"), 1 << 20).as("s")).collectAsList();
      assertThat(rows).hasSize(160);
      assertThat(rows).allSatisfy(row -> assertThat(row.getString(1)).hasSize(1 << 20));
      assertThat(spark.range(160).select(length(repeat(lit("y"), 1 << 20))).collectAsList()).hasSize(160);
    }
  }
}
