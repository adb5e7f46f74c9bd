package dev.ember.robustness;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Actions from several threads on one session run at the same time, as Spark's do (each on its own cursor). */
class ConcurrentActionsTest {
  private static EmbeddedAndLoopback sessions;

  @BeforeAll
  static void startServer() {
    sessions = new EmbeddedAndLoopback(Map.of());
  }

  @AfterAll
  static void stopServer() {
    sessions.close();
  }

  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void actionsOnOneSessionFromManyThreads(String name) throws Exception {
    SparkSession spark = sessions.session(name);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(RowFactory.create(i, "v" + (i % 13)));
    }
    Dataset<Row> local = spark.createDataFrame(rows, new StructType().add("i", DataTypes.IntegerType)
        .add("s", DataTypes.StringType));
    Dataset<Row> cached = spark.range(50_000).select(col("id").mod(11).as("k")).persist();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int task = 0; task < 24; task++) {
        final int n = task;
        results.add(pool.submit(() -> switch (n % 3) {
          case 0 -> spark.range(0, 100_000 + n).select(col("id").mod(7).as("m")).groupBy("m").count()
              .collectAsList().stream().mapToLong(row -> row.getLong(1)).sum() - n;
          case 1 -> (long) local.filter(col("s").equalTo("v" + (n % 13))).collectAsList().size() * 13;
          default -> cached.groupBy("k").count().collectAsList().stream().mapToLong(row -> row.getLong(1)).sum() * 2;
        }));
      }
      for (int task = 0; task < results.size(); task++) {
        long expected = switch (task % 3) {
          case 0 -> 100_000L;
          case 1 -> local.filter(col("s").equalTo("v" + (task % 13))).count() * 13;
          default -> 100_000L;
        };
        assertThat(results.get(task).get()).as("task %d", task).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
      cached.unpersist();
    }
  }
}
