package dev.ember.robustness;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.spark.SparkException;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans as deep as Spark's server accepts (its {@code spark.connect.grpc.marshallerRecursionLimit},
 * 1024 by default) run embedded and over a server: long chains of withColumn, filter, arithmetic and
 * unions.
 */
class DeepPlanTest {
  private static EmbeddedAndLoopback sessions;

  @BeforeAll
  static void startServer() {
    sessions = new EmbeddedAndLoopback(Map.of("spark.connect.grpc.marshallerRecursionLimit", "2048"));
  }

  @AfterAll
  static void stopServer() {
    sessions.close();
  }

  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void chainedWithColumns(String name) throws Exception {
    Row last = onDeepStack(() -> {
      Dataset<Row> df = sessions.session(name).range(3).toDF();
      for (int i = 0; i < 900; i++) {
        df = df.withColumn("c" + (i % 7), col("id").plus(i));
      }
      assertThat(df.columns()).hasSize(8);
      return df.orderBy("id").collectAsList().get(2);
    });
    assertThat(last.getLong(7)).isEqualTo(2L + 895); // c6 last set at i = 895
  }

  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void chainedFilters(String name) throws Exception {
    long count = onDeepStack(() -> {
      Dataset<Row> df = sessions.session(name).range(1000).toDF();
      for (int i = 0; i < 900; i++) {
        df = df.filter(col("id").geq(i));
      }
      return df.count();
    });
    assertThat(count).isEqualTo(101L);
  }

  /**
   * Each level sorts by a column its select list dropped (Spark's ResolveMissingReferences): the select list is
   * resolved twice, over an input resolved once — resolving the input again per level would double the work per
   * level (2^200 here).
   */
  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void chainedSortsByDroppedColumns(String name) throws Exception {
    Row first = onDeepStack(() -> {
      Dataset<Row> df = sessions.session(name).range(5).selectExpr("id AS a", "id AS b", "id AS c");
      for (int i = 0; i < 200; i++) {
        df = df.select("a", "b").orderBy(col("c").desc()).selectExpr("a", "b", "b AS c");
      }
      return df.collectAsList().get(0);
    });
    assertThat(first.getLong(0)).isEqualTo(4L);
  }

  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void deepArithmetic(String name) throws Exception {
    long value = onDeepStack(() -> {
      Column sum = col("id");
      for (int i = 0; i < 1000; i++) {
        sum = sum.plus(1);
      }
      return sessions.session(name).range(2).select(sum.as("s")).orderBy("s").collectAsList().get(1).getLong(0);
    });
    assertThat(value).isEqualTo(1001L);
  }

  /**
   * 1000 unions nest a request 2000 messages deep, within a server limit of 2048 as in Spark's own "spark deep
   * recursion" test (the client needs a deep stack too).
   */
  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void manyUnions(String name) throws Exception {
    SparkSession spark = sessions.session(name);
    long rows = onDeepStack(() -> {
      Dataset<Row> df = spark.range(1).toDF();
      for (int a = 1; a <= 1000; a++) {
        df = df.union(spark.range(a, a + 1).toDF());
      }
      return (long) df.collectAsList().size();
    });
    assertThat(rows).isEqualTo(1001L);
  }

  /** A plan deeper than the server's limit fails as on Spark: the server cannot read the request. */
  @Test
  void deeperThanTheLimit() throws Exception {
    Throwable failure = onDeepStack(() -> {
      Dataset<Row> df = sessions.remote().range(1).toDF();
      for (int a = 1; a <= 1100; a++) {
        df = df.union(sessions.remote().range(a, a + 1).toDF());
      }
      try {
        df.collectAsList();
        return null;
      } catch (Exception e) {
        return e;
      }
    });
    assertThat(failure).isInstanceOf(SparkException.class).hasMessageContaining("io.grpc.StatusRuntimeException: UNKNOWN");
    assertThat(sessions.remote().range(3).count()).isEqualTo(3L);
  }

  /**
   * Spark's own "handle unknown exception" (ClientE2ETestSuite): under the server's default limit (1024), as many
   * unions as the limit plus one, two levels each. The client, on the stack Spark's build gives its test JVMs
   * ({@code -Xss4m}), serializes the plan; the server cannot read it, and the client gets a SparkException naming
   * gRPC's UNKNOWN status.
   */
  @Test
  void unionsPastTheDefaultLimitFailAsInSparksClientTest() throws Exception {
    try (EmbeddedAndLoopback defaults = new EmbeddedAndLoopback(Map.of())) {
      SparkSession spark = defaults.remote();
      int unions = Integer.parseInt(spark.conf().get("spark.connect.grpc.marshallerRecursionLimit")) + 1;
      Throwable failure = onStack(4L * 1024 * 1024, () -> {
        Dataset<Row> df = spark.range(1).toDF();
        for (int a = 1; a <= unions; a++) {
          df = df.union(spark.range(a, a + 1).toDF());
        }
        try {
          df.collectAsList();
          return null;
        } catch (Exception e) {
          return e;
        }
      });
      assertThat(unions).isEqualTo(1025);
      assertThat(failure).isInstanceOf(SparkException.class).hasMessageContaining("io.grpc.StatusRuntimeException: UNKNOWN");
      assertThat(spark.range(3).count()).isEqualTo(3L);
    }
  }

  private static <T> T onDeepStack(Callable<T> work) throws Exception {
    return onStack(256L * 1024 * 1024, work);
  }

  private static <T> T onStack(long bytes, Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(null, task, "deep-client", bytes);
    thread.start();
    return task.get();
  }
}
