package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * One session used by several threads at once, as a Spark session may be: local data loaded into tables, user-code
 * stages, checkpoints, EXPLAIN and DuckDB settings all use the session's own DuckDB connection (they met "connection
 * has an open result" when two ran together).
 */
class ConcurrentSessionUseTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 20;

  @Test
  void threadsOfOneSessionDoNotMeetOnItsConnection() throws Exception {
    SparkSession spark = Ember.builder().create();
    StructType schema = new StructType().add("id", DataTypes.LongType).add("s", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      rows.add(RowFactory.create((long) i, "value-" + i)); // above the size a local relation is loaded as a table
    }
    UserDefinedFunction plusOne = udf((UDF1<Long, Long>) value -> value + 1, DataTypes.LongType);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int kind = thread % 4;
        results.add(pool.submit(() -> {
          long answered = 0;
          for (int round = 0; round < ROUNDS; round++) {
            answered += switch (kind) {
              case 0 -> spark.createDataFrame(rows, schema).count() == 5000 ? 1 : 0;
              case 1 -> spark.range(2000).select(plusOne.apply(col("id"))).count() == 2000 ? 1 : 0;
              case 2 -> spark.range(1000).toDF().localCheckpoint().count() == 1000 ? 1 : 0;
              default -> {
                spark.range(10).explain();
                spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(5 + round % 3));
                yield 1;
              }
            };
          }
          return answered;
        }));
      }
      for (Future<Long> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEqualTo(ROUNDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
