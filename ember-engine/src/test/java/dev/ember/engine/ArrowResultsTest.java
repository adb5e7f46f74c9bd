package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.engine.arrow.DuckDbArrowExport;
import dev.ember.engine.arrow.SparkArrowSchemas;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Results through DuckDB's Arrow export carry exactly the Arrow schema Spark's server sends and the
 * same values as the JDBC row path, batch by batch; errors and cancellation behave as on the row path.
 */
class ArrowResultsTest {
  private static final String ZONE = "America/Los_Angeles";
  private final EmberEngine engine = EmberEngine.start();
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void stop() {
    allocator.close();
    engine.close();
  }

  /** Every simple type and nested ones, a NULL in every column on every third row, 10 rows in batches of 4. */
  private static final String SQL = "SELECT CAST(i AS TINYINT) AS b, CAST(i * 300 AS SMALLINT) AS s, "
      + "CAST(i * 100000 AS INTEGER) AS n, CAST(i AS BIGINT) * 10000000000 AS l, CAST(CAST(i AS FLOAT) / 4 AS FLOAT) AS f, "
      + "CAST(i AS DOUBLE) / 3 AS d, CAST(CAST(i AS DECIMAL(10,2)) / 8 AS DECIMAL(14,5)) AS small_decimal, "
      + "CAST(CAST(i AS DECIMAL(38,6)) * 1234567890123456789 AS DECIMAL(38,6)) AS big_decimal, 'text ' || i || ' é' AS t, "
      + "CAST('bytes' || i AS BLOB) AS bin, DATE '1969-12-30' + CAST(i AS INTEGER) AS dt, "
      + "TIMESTAMPTZ '2024-03-10 01:30:00+00' + i * INTERVAL 1 HOUR AS ts, "
      + "TIMESTAMP '1900-01-01 00:00:00.123456' + i * INTERVAL 1 DAY AS ntz, i % 2 = 0 AS bool, "
      + "CASE WHEN i IS NOT NULL THEN [i, NULL, i + 1] END AS arr, "
      + "CASE WHEN i IS NOT NULL THEN MAP([CAST(i AS VARCHAR)], [CAST(i AS DOUBLE) / 2]) END AS m, "
      + "CASE WHEN i IS NOT NULL THEN {'x': i, 'Y z': CAST(i AS VARCHAR)} END AS st "
      + "FROM (SELECT CASE WHEN i % 3 = 1 THEN NULL ELSE i END AS i FROM range(10) AS r(i))";

  private static final StructType SCHEMA = new StructType(List.of(
      field("b", AtomicType.BYTE), field("s", AtomicType.SHORT), field("n", AtomicType.INTEGER),
      field("l", AtomicType.LONG), field("f", AtomicType.FLOAT), field("d", AtomicType.DOUBLE),
      field("small_decimal", new DecimalType(14, 5)), field("big_decimal", new DecimalType(38, 6)),
      field("t", AtomicType.STRING), field("bin", AtomicType.BINARY), field("dt", AtomicType.DATE),
      field("ts", AtomicType.TIMESTAMP), field("ntz", AtomicType.TIMESTAMP_NTZ), field("bool", AtomicType.BOOLEAN),
      field("arr", new ArrayType(AtomicType.LONG, true)),
      field("m", new MapType(AtomicType.STRING, AtomicType.DOUBLE, true)),
      field("st", new StructType(List.of(field("x", AtomicType.LONG), field("Y z", AtomicType.STRING))))));

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true);
  }

  @Test
  void theExportCarriesSparksSchemaAndTheRowPathsValues() throws IOException {
    EngineSession session = engine.session("a");
    session.conf().set(SessionConf.TIME_ZONE, ZONE);
    List<ArrowBatch> exported = new ArrayList<>();
    session.executeInArrowBatches("op", dev.ember.engine.QueryText.of(SQL), SCHEMA, 4, exported::add);
    session.conf().set(SessionConf.ARROW_EXPORT, "false");
    List<ArrowBatch> rows = new ArrayList<>();
    session.executeInArrowBatches("op", dev.ember.engine.QueryText.of(SQL), SCHEMA, 4, rows::add);

    assertThat(exportable(SQL)).isTrue();
    assertThat(exported).extracting(ArrowBatch::rowCount).containsExactly(4L, 4L, 2L);
    assertThat(decode(exported)).isEqualTo(decode(rows));
    assertThat(decode(exported).get(0)).contains("text 0 é", "[0,null,1]", "bytes2", "{\"x\":2,\"Y z\":\"2\"}",
        "null\tnull\tnull");
  }

  @Test
  void theSchemaIsSparksEvenWhereDuckDbNamesOrLabelsDiffer() throws IOException {
    EngineSession session = engine.session("a");
    session.conf().set(SessionConf.TIME_ZONE, ZONE);
    List<ArrowBatch> exported = new ArrayList<>();
    session.executeInArrowBatches("op", dev.ember.engine.QueryText.of(SQL), SCHEMA, 4, exported::add);
    try (ArrowStreamReader reader = reader(exported.get(0))) {
      assertThat(reader.getVectorSchemaRoot().getSchema()).isEqualTo(SparkArrowSchemas.of(SCHEMA, ZONE));
    }
  }

  @Test
  void anEmptyResultIsOneEmptyBatch() throws IOException {
    List<ArrowBatch> exported = new ArrayList<>();
    engine.session("a").executeInArrowBatches("op", dev.ember.engine.QueryText.of(SQL + " WHERE false"), SCHEMA, 4, exported::add);
    assertThat(exported).extracting(ArrowBatch::rowCount).containsExactly(0L);
    try (ArrowStreamReader reader = reader(exported.get(0))) {
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isZero();
    }
  }

  @Test
  void aFailureIsSparksError() {
    StructType longs = new StructType(List.of(new StructField("x", AtomicType.LONG, false)));
    assertThatThrownBy(() -> engine.session("a").executeInArrowBatches("op",
        dev.ember.engine.QueryText.of("SELECT CAST(9223372036854775807 AS BIGINT) + CAST(range AS BIGINT) FROM range(5)"), longs, 2, batch -> { }))
        .isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("ARITHMETIC_OVERFLOW"));
  }

  @Test
  void cancelStopsAnExportingQuery() throws Exception {
    EngineSession session = engine.session("a");
    StructType longs = new StructType(List.of(new StructField("x", AtomicType.LONG, false)));
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> session.executeInArrowBatches("slow",
        dev.ember.engine.QueryText.of("SELECT CAST(sum(range % 7) AS BIGINT) FROM range(100000000000)"), longs, 10, batch -> { }));
    for (int i = 0; i < 100 && !session.runningOperations().contains("slow"); i++) {
      Thread.sleep(20);
    }
    assertThat(session.cancel("slow")).isTrue();
    assertThat(running).failsWithin(30, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .satisfies(error -> assertThat(((EmberException) error.getCause()).errorClass()).isEqualTo("OPERATION_CANCELED"));
  }

  /** Whether DuckDB's types for {@code sql} have the shapes of {@link #SCHEMA} (else the test compares rows with rows). */
  private static boolean exportable(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      return DuckDbArrowExport.supports(resultSet.getMetaData(), SCHEMA);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Each batch's schema and rows as text (binary values as their bytes). */
  private List<String> decode(List<ArrowBatch> batches) throws IOException {
    List<String> decoded = new ArrayList<>();
    for (ArrowBatch batch : batches) {
      try (ArrowStreamReader reader = reader(batch)) {
        StringBuilder text = new StringBuilder(reader.getVectorSchemaRoot().getSchema().toString()).append('\n');
        while (reader.loadNextBatch()) {
          var root = reader.getVectorSchemaRoot();
          for (int row = 0; row < root.getRowCount(); row++) {
            for (var vector : root.getFieldVectors()) {
              Object value = vector.getObject(row);
              text.append(value instanceof byte[] bytes ? new String(bytes) : String.valueOf(value)).append('\t');
            }
            text.append('\n');
          }
        }
        decoded.add(text.toString());
      }
    }
    return decoded;
  }

  private ArrowStreamReader reader(ArrowBatch batch) {
    return new ArrowStreamReader(new ByteArrayInputStream(batch.data()), allocator);
  }
}
