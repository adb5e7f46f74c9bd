package dev.ember;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** What the official client sees of the Spark Connect protocol, beyond query results. */
class ProtocolTest {
  @Test
  void errorsCarryTheFullMessageFromFetchErrorDetails() {
    SparkSession spark = Ember.session();
    assertThatThrownBy(() -> spark.range(2).select(col("nope")).collect())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("[UNRESOLVED_COLUMN.WITH_SUGGESTION]")
        .hasMessageContaining("`nope`")
        .satisfies(error -> assertThat(((SparkThrowable) error).getSqlState()).isEqualTo("42703"));
  }

  /**
   * {@code df.col("s.*")} sends a star with both a target and the DataFrame's plan id, which the real Spark Connect
   * 4.2.0 server refuses (seen with ../shared/spark-ref; classic Spark resolves it otherwise); {@code df.col("*")}
   * carries no target.
   */
  @Test
  void aStarWithTargetAndPlanIdIsAnInvalidPlanAsOnSparkConnect() {
    SparkSession spark = Ember.session();
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> frame = spark.range(2).select(col("id"),
        org.apache.spark.sql.functions.struct(col("id").as("a")).as("s"));
    assertThatThrownBy(() -> frame.select(frame.col("s.*")).collect())
        .isInstanceOf(org.apache.spark.SparkException.class)
        .hasMessageContaining("org.apache.spark.sql.connect.common.InvalidPlanInput: "
            + "[CONNECT_INVALID_PLAN.UNRESOLVED_STAR_WITH_BOTH_TARGET_AND_PLAN_ID]");
    assertThat(frame.select(frame.col("*")).columns()).containsExactly("id", "s");
  }

  /**
   * As Spark's ErrorUtils: FetchErrorDetails answers with the error and its causes (what user code threw, with its
   * own stack trace), message parameters too large for gRPC metadata reach the client that way only, and a session
   * that does not enrich errors gets the metadata alone (no cause, the message cut to 2,048 characters).
   */
  @Test
  void userCodeFailuresCarryTheirCauseAndLargeMessages() {
    SparkSession spark = Ember.session().newSession();
    org.apache.spark.sql.expressions.UserDefinedFunction fails = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF1<Long, Long>) value -> {
          throw new org.apache.spark.SparkException("test".repeat(10_000));
        }, org.apache.spark.sql.types.DataTypes.LongType);
    assertThatThrownBy(() -> spark.range(1).select(fails.apply(col("id"))).collect())
        .isInstanceOf(org.apache.spark.SparkException.class)
        .satisfies(error -> {
          org.apache.spark.SparkException failure = (org.apache.spark.SparkException) error;
          assertThat(failure.getCondition()).isEqualTo("FAILED_EXECUTE_UDF");
          assertThat(failure.getMessageParameters()).isNotEmpty();
          assertThat(failure.getCause()).isInstanceOf(org.apache.spark.SparkException.class);
          org.apache.spark.SparkException cause = (org.apache.spark.SparkException) failure.getCause();
          assertThat(cause.getCondition()).isEqualTo("CONNECT_CLIENT_UNEXPECTED_MISSING_SQL_STATE");
          assertThat(cause.getMessageParameters()).containsEntry("message", "test".repeat(10_000));
          assertThat(cause.getStackTrace()[0].getClassName()).isEqualTo(ProtocolTest.class.getName());
        });
    spark.conf().set("spark.sql.connect.enrichError.enabled", "false");
    assertThatThrownBy(() -> spark.range(1).select(fails.apply(col("id"))).collect())
        .isInstanceOf(org.apache.spark.SparkException.class)
        .satisfies(error -> {
          assertThat(error.getCause()).isNull();
          assertThat(error.getMessage()).hasSize(2048).endsWith("...");
        });
  }

  @Test
  void largeLocalDataTravelsAsArtifacts() {
    SparkSession spark = Ember.session();
    java.util.List<org.apache.spark.sql.Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      rows.add(org.apache.spark.sql.RowFactory.create(i, "row number " + i + " with some padding text"));
    }
    var schema = new org.apache.spark.sql.types.StructType()
        .add("i", org.apache.spark.sql.types.DataTypes.IntegerType)
        .add("s", org.apache.spark.sql.types.DataTypes.StringType);
    var df = spark.createDataFrame(rows, schema);
    assertThat(df.count()).isEqualTo(60_000L);
    assertThat(df.agg(org.apache.spark.sql.functions.sum("i")).first().getLong(0)).isEqualTo(59_999L * 60_000L / 2);
  }

  @Test
  void resultsStreamInBatchesAndAnErrorMidStreamReachesTheClient() {
    SparkSession spark = Ember.session();
    assertThat(spark.range(25_000).collectAsList()).hasSize(25_000);
    java.util.Iterator<Long> rows = spark.range(25_000).toLocalIterator();
    long sum = 0;
    while (rows.hasNext()) {
      sum += rows.next();
    }
    assertThat(sum).isEqualTo(24_999L * 25_000L / 2);
    // the third batch of 10,000 rows divides by zero: the first two have already been sent
    assertThatThrownBy(() -> spark.range(30_000)
        .select(org.apache.spark.sql.functions.lit(1).divide(col("id").minus(25_000))).collect())
        .isInstanceOfSatisfying(org.apache.spark.SparkArithmeticException.class, error ->
            assertThat(error.getCondition()).isEqualTo("DIVIDE_BY_ZERO"));
  }

  @Test
  void sessionsAreIsolated() {
    SparkSession first = Ember.builder().create();
    SparkSession second = Ember.builder().create();
    first.range(3).createOrReplaceTempView("only_in_first");
    first.conf().set("spark.sql.session.timeZone", "Asia/Tokyo");
    assertThat(first.table("only_in_first").count()).isEqualTo(3L);
    assertThatThrownBy(() -> second.table("only_in_first").count())
        .isInstanceOfSatisfying(AnalysisException.class, error ->
            assertThat(error.getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND"));
    assertThat(second.conf().get("spark.sql.session.timeZone")).isNotEqualTo("Asia/Tokyo");
    first.stop();
    second.stop();
  }

  @Test
  void confSetAndUnset() {
    SparkSession spark = Ember.builder().create();
    spark.conf().set("spark.sql.shuffle.partitions", 4L);
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("4");
    spark.conf().unset("spark.sql.shuffle.partitions");
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("200");
    assertThat(spark.conf().getOption("no.such.key").isDefined()).isFalse();
    spark.stop();
  }

  @Test
  void aResultIsSentNoFasterThanTheClientReadsIt() throws Exception {
    SparkSession spark = Ember.builder().create();
    java.util.Iterator<Long> rows = spark.range(5_000_000).toLocalIterator();
    assertThat(rows.next()).isEqualTo(0L);
    Thread.sleep(1500);
    // unpaced, the server would have sent all 500 batches into gRPC's buffers and finished by now
    assertThat(spark.interruptAll().isEmpty()).as("the operation has finished").isFalse();
    assertThatThrownBy(() -> rows.forEachRemaining(row -> { }))
        .hasMessageContaining("OPERATION_CANCELED");
  }

  @Test
  void interruptCancelsTheRunningQuery() throws Exception {
    SparkSession spark = Ember.builder().create();
    CompletableFuture<Long> running = CompletableFuture.supplyAsync(() ->
        spark.range(1_000_000).toDF("a").crossJoin(spark.range(1_000_000).toDF("b"))
            .filter(col("a").multiply(col("b")).mod(7).equalTo(3)).count());
    boolean interrupted = false;
    for (int attempt = 0; attempt < 100 && !interrupted; attempt++) {
      Thread.sleep(100);
      interrupted = !spark.interruptAll().isEmpty();
    }
    assertThat(interrupted).as("an operation was interrupted").isTrue();
    assertThat(running).failsWithin(60, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
        .satisfies(error -> assertThat(error.getCause()).hasMessageContaining("OPERATION_CANCELED"));
    assertThat(spark.range(3).count()).isEqualTo(3L);
    spark.stop();
  }

  /** As Spark's SPARK-47986 test: a client that saw another server-side session id is told the server restarted. */
  @Test
  void aChangedServerSideSessionIsReported() {
    org.apache.spark.sql.connect.SparkSession spark = (org.apache.spark.sql.connect.SparkSession) Ember.builder().create();
    assertThat(spark.range(3).collectAsList()).hasSize(3);
    spark.client().hijackServerSideSessionIdForTesting("-testing");
    assertThatThrownBy(() -> spark.range(3).collectAsList())
        .isInstanceOf(org.apache.spark.SparkException.class)
        .hasMessageContaining("[INVALID_HANDLE.SESSION_CHANGED]");
    assertThat(spark.client().isSessionValid()).isFalse();
  }
}
