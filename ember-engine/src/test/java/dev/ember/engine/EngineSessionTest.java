package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DuckDB execution: typed rows, Spark errors instead of DuckDB's, cancellation, isolated sessions. */
class EngineSessionTest {
  private final EmberEngine engine = EmberEngine.start();
  private static final StructType ONE_LONG = new StructType(List.of(new StructField("x", AtomicType.LONG, false)));

  @AfterEach
  void stop() {
    engine.close();
  }

  @Test
  void readsTypedRows() {
    QueryResult result = engine.session("a").execute("op", dev.ember.engine.QueryText.of("SELECT CAST(41 + 1 AS BIGINT)"), ONE_LONG);
    assertThat(result.rows()).hasSize(1);
    assertThat(result.rows().get(0)[0]).isEqualTo(42L);
  }

  @Test
  void integerOverflowIsSparksArithmeticOverflow() {
    assertThatThrownBy(() -> engine.session("a").execute("op", dev.ember.engine.QueryText.of("SELECT CAST(9223372036854775807 AS BIGINT) + 1"),
        ONE_LONG))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("ARITHMETIC_OVERFLOW");
          assertThat(error.sqlState()).isEqualTo("22003");
        });
  }

  @Test
  void anUnknownEngineFailureIsAnInternalErrorNotRawDuckDbText() {
    assertThatThrownBy(() -> engine.session("a").execute("op", dev.ember.engine.QueryText.of("SELECT * FROM no_such_table"), ONE_LONG))
        .isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("INTERNAL_ERROR"));
  }

  @Test
  void aMarkerInDataIsNotEmbersRaise() {
    StructType oneInt = new StructType(List.of(new StructField("x", AtomicType.INTEGER, false)));
    assertThatThrownBy(() -> engine.session("a").execute("op", dev.ember.engine.QueryText.of("SELECT CAST('EMBER_RAISE:DIVIDE_BY_ZERO' AS INTEGER)"),
        oneInt))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("CAST_INVALID_INPUT");
          assertThat(error.messageParameters()).containsEntry("expression", "'EMBER_RAISE:DIVIDE_BY_ZERO'");
        });
  }

  @Test
  void aMarkerOrAnInterruptInAFileNameRaisesNothingOfItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
      throws Exception {
    for (String name : List.of("EMBER_RAISE:FAILED_READ_FILE\u001E-etc-passwd\u001E.parquet", "INTERRUPT Error: x.parquet")) {
      java.nio.file.Path file = directory.resolve(name);
      java.nio.file.Files.writeString(file, "not parquet");
      assertThatThrownBy(() -> engine.session("a").execute("op", dev.ember.engine.QueryText.of(
          "SELECT count(*) FROM read_parquet('" + file.toString().replace("'", "''") + "')"), ONE_LONG))
          .isInstanceOfSatisfying(EmberException.class, error -> {
            // the file is too small for Parquet: Spark's error naming the whole file, not the marker's payload
            assertThat(error.errorClass()).isEqualTo("FAILED_READ_FILE.NO_HINT");
            assertThat(error.messageParameters()).containsEntry("path", "file://" + file);
          });
    }
  }

  @Test
  void embersOwnRaiseStillTurnsIntoItsSparkError() {
    assertThatThrownBy(() -> engine.session("a").execute("op",
        dev.ember.engine.QueryText.of("SELECT CASE WHEN range = 2 THEN error('" + dev.ember.plan.errors.RaisedError.DIVIDE_BY_ZERO.marker()
            + "') ELSE CAST(range AS BIGINT) END FROM range(3)"), ONE_LONG))
        .isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("DIVIDE_BY_ZERO"));
  }

  @Test
  void cancelStopsARunningQuery() throws Exception {
    EngineSession session = engine.session("a");
    CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> session.execute("slow",
        dev.ember.engine.QueryText.of("SELECT CAST(sum(range % 7) AS BIGINT) FROM range(100000000000)"), ONE_LONG));
    for (int i = 0; i < 100 && !session.runningOperations().contains("slow"); i++) {
      Thread.sleep(20);
    }
    assertThat(session.cancel("slow")).isTrue();
    assertThat(running).failsWithin(30, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause().isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("OPERATION_CANCELED"));
  }

  /** A user function DuckDB calls that blocks (sleeps) stops when its operation is cancelled, as Spark's task would. */
  @Test
  void cancelInterruptsUserCodeRunningInsideTheSql() throws Exception {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    dev.ember.plan.usercode.RowFunction sleeping = new dev.ember.plan.usercode.RowFunction() {
      @Override
      public String name() {
        return "test_sleeping";
      }

      @Override
      public List<dev.ember.plan.types.DataType> parameterTypes() {
        return List.of(AtomicType.LONG);
      }

      @Override
      public dev.ember.plan.types.DataType returnType() {
        return AtomicType.LONG;
      }

      @Override
      public boolean deterministic() {
        return false;
      }

      @Override
      public ClassLoader classLoader() {
        return getClass().getClassLoader();
      }

      @Override
      public Instance newInstance() {
        return arguments -> {
          started.countDown();
          try {
            Thread.sleep(600_000);
          } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
          }
          return arguments[0];
        };
      }
    };
    EngineSession session = engine.session("a");
    String tag = QueryText.newUserCallTag();
    QueryText query = new QueryText("SELECT CAST(sum(test_sleeping(range, '" + tag + "')) AS BIGINT) FROM range(10)",
        List.of(), List.of(), List.of(sleeping), tag);
    CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> session.execute("sleepy", query, ONE_LONG));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(session.cancel("sleepy")).isTrue();
    assertThat(running).failsWithin(30, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause().isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("OPERATION_CANCELED"));
  }

  @Test
  void sessionsHaveTheirOwnConfAndViews() {
    engine.session("a").conf().set(SessionConf.TIME_ZONE, "Asia/Tokyo");
    assertThat(engine.session("a").conf().timeZone()).isEqualTo("Asia/Tokyo");
    assertThat(engine.session("b").conf().timeZone()).isNotEqualTo("Asia/Tokyo");
  }

  /** Spark caps a result batch at 70% of spark.connect.grpc.arrow.maxBatchSize: large rows stream in small batches. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"true", "false"})
  void resultBatchesAreCappedInBytes(String arrowExport) {
    EngineSession session = engine.session("a");
    session.setConf("spark.connect.grpc.arrow.maxBatchSize", "4m");
    session.setConf(SessionConf.ARROW_EXPORT, arrowExport);
    StructType text = new StructType(List.of(new StructField("s", AtomicType.STRING, false)));
    List<dev.ember.engine.arrow.ArrowBatch> batches = new java.util.ArrayList<>();
    session.executeInArrowBatches("op", dev.ember.engine.QueryText.of("SELECT repeat('x', 1048576) || CAST(range AS VARCHAR) FROM range(20)"), text,
        10_000, batches::add);
    assertThat(batches.stream().mapToLong(dev.ember.engine.arrow.ArrowBatch::rowCount).sum()).isEqualTo(20L);
    assertThat(batches).hasSizeGreaterThan(5)
        .allSatisfy(batch -> assertThat(batch.data().length).isLessThan(4 * 1024 * 1024));
  }
}
