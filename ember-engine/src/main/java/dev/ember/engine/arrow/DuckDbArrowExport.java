package dev.ember.engine.arrow;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.arrow.c.jni.JniLoader;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBResultSet;

/**
 * DuckDB's result as Arrow record batches (its Arrow C stream export), sent with Spark's Arrow
 * schema: each batch is one IPC stream whose schema message is Spark's and whose record batch is
 * DuckDB's buffers as they are. No value is copied one by one; only names, nullability and the time
 * zone label come from Spark's schema, which is why {@link #supports} requires the same physical shape.
 */
public final class DuckDbArrowExport {
  /** Room for the bytes DuckDB may add to a name (a private-use prefix of {@code SqlRenderer.identifier}). */
  private static final int NAME_MARGIN = 16;

  private DuckDbArrowExport() {
  }

  /**
   * Loads Arrow's C data JNI library and Arrow's classes by exporting a one-row result of common
   * types (and encoding one row in Java): cold, that takes 0.5-1 s, which the thread starting DuckDB
   * pays instead of the first query.
   * Returns false where the export does not work (e.g. no JNI library for this platform in
   * arrow-c-data): results then take the JDBC row path.
   */
  public static boolean warmUp(Connection connection, BufferAllocator allocator) {
    try {
      JniLoader.get().ensureLoaded();
      exportOneRow(connection, allocator);
      return true;
    } catch (SQLException | IOException | RuntimeException | LinkageError e) {
      org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DuckDbArrowExport.class);
      log.warn("DuckDB's Arrow export does not work here ({}); results are read row by row through JDBC. "
          + "The JVM option --add-opens=java.base/java.nio=ALL-UNNAMED usually enables it", rootMessage(e));
      log.debug("DuckDB's Arrow export failed", e);
      return false;
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void exportOneRow(Connection connection, BufferAllocator allocator) throws SQLException, IOException {
    StructType schema = new StructType(List.of(
        new StructField("a", AtomicType.LONG, true), new StructField("b", AtomicType.STRING, true),
        new StructField("c", new DecimalType(10, 2), true), new StructField("d", AtomicType.TIMESTAMP, true),
        new StructField("e", new ArrayType(AtomicType.INTEGER, true), true)));
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery("SELECT CAST(1 AS BIGINT), 'x', CAST(1 AS DECIMAL(10,2)), "
            + "CAST('2020-01-01' AS TIMESTAMPTZ), [CAST(1 AS INTEGER)]")) {
      stream(resultSet, schema, "UTC", 1, Long.MAX_VALUE, allocator, () -> { }, batch -> { });
    }
    new RowBatchEncoder(allocator).encodeBatch(schema, List.<Object[]>of(new Object[] {1L, "x", null, null, null}), "UTC");
  }

  /**
   * Whether Arrow's C import can read every field name of the type: it reads a name as a C string of
   * fewer than {@code Short.MAX_VALUE} bytes (a longer column name takes the row path).
   */
  private static boolean namesFit(DataType type) {
    if (type instanceof StructType struct) {
      return struct.fields().stream().allMatch(field -> field.name().getBytes(StandardCharsets.UTF_8).length
          < Short.MAX_VALUE - NAME_MARGIN && namesFit(field.dataType()));
    }
    if (type instanceof ArrayType array) {
      return namesFit(array.elementType());
    }
    if (type instanceof MapType map) {
      return namesFit(map.keyType()) && namesFit(map.valueType());
    }
    return true;
  }

  /** Whether every column's DuckDB type has the physical shape of its Spark type. */
  public static boolean supports(ResultSetMetaData metadata, StructType schema) throws SQLException {
    if (metadata.getColumnCount() != schema.fields().size() || schema.fields().isEmpty() || !namesFit(schema)) {
      return false;
    }
    for (int i = 0; i < schema.fields().size(); i++) {
      Optional<String> expected = DuckDbTypeLayout.of(schema.fields().get(i).dataType());
      if (expected.isEmpty() || !expected.equals(DuckDbTypeLayout.ofDuckDb(metadata.getColumnTypeName(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands the result to {@code batches} as IPC streams of at most {@code batchRows} rows and about
   * {@code maxBatchBytes} bytes (at least one row each; at least one stream, possibly empty);
   * {@code beforeEachBatch} runs before each is handed over (cancellation).
   */
  public static void stream(ResultSet resultSet, StructType schema, String timeZone, int batchRows, long maxBatchBytes,
      BufferAllocator allocator, Runnable beforeEachBatch, Consumer<ArrowBatch> batches) throws SQLException, IOException {
    SchemaMessage spark = SchemaMessage.of(schema, timeZone);
    Schema sparkSchema = spark.schema();
    byte[] schemaMessage = spark.bytes();
    DuckDBResultSet duckDbResult = resultSet.unwrap(DuckDBResultSet.class);
    try (BufferAllocator results = allocator.newChildAllocator("result", 0, Long.MAX_VALUE);
        ArrowReader reader = (ArrowReader) duckDbResult.arrowExportStream(results, batchRows)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      requireSameShape(root.getSchema().getFields(), sparkSchema.getFields());
      boolean sent = false;
      while (reader.loadNextBatch()) {
        if (root.getRowCount() > 0 || !sent) {
          sendWithin(maxBatchBytes, schemaMessage, root, beforeEachBatch, batches);
          sent = true;
        }
      }
      if (!sent) {
        beforeEachBatch.run();
        root.setRowCount(0);
        batches.accept(encode(schemaMessage, root));
      }
    }
  }

  /** The rows of {@code root} in slices of about {@code maxBytes} bytes, judged by their buffers (one row at least). */
  private static void sendWithin(long maxBytes, byte[] schemaMessage, VectorSchemaRoot root, Runnable beforeEachBatch,
      Consumer<ArrowBatch> batches) throws IOException {
    long size = bufferSize(root);
    int rows = root.getRowCount();
    if (size <= maxBytes || rows <= 1) {
      beforeEachBatch.run();
      batches.accept(encode(schemaMessage, root));
      return;
    }
    int rowsPerSlice = (int) Math.max(1, Math.min(rows / 2, rows * maxBytes / size));
    for (int start = 0; start < rows; start += rowsPerSlice) {
      try (VectorSchemaRoot slice = root.slice(start, Math.min(rowsPerSlice, rows - start))) {
        sendWithin(maxBytes, schemaMessage, slice, beforeEachBatch, batches);
      }
    }
  }

  private static long bufferSize(VectorSchemaRoot root) {
    long size = 0;
    for (var vector : root.getFieldVectors()) {
      size += vector.getBufferSize();
    }
    return size;
  }

  /**
   * The framing of {@code ArrowStreamWriter}: schema message, record batch message, end of stream. Written twice: first
   * counted (no byte copied), then into an array of exactly that size, each buffer copied once from Arrow's memory;
   * through a {@code ByteArrayOutputStream} each buffer went through a small array into a zeroed one and was copied
   * again by {@code toByteArray} (most of a user aggregate's stage time, whose input holds every row of its groups).
   */
  private static ArrowBatch encode(byte[] schemaMessage, VectorSchemaRoot root) throws IOException {
    try (ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
      ArrayChannel counted = new ArrayChannel(null);
      writeBatch(counted, batch);
      ArrayChannel out = new ArrayChannel(new byte[Math.toIntExact(schemaMessage.length + counted.position)]);
      out.write(ByteBuffer.wrap(schemaMessage));
      writeBatch(out, batch);
      if (out.position != out.array.length) {
        throw SparkErrors.internal("An Arrow batch took " + out.position + " bytes, not the " + out.array.length
            + " counted.");
      }
      return new ArrowBatch(out.array, root.getRowCount());
    }
  }

  private static void writeBatch(ArrayChannel channel, ArrowRecordBatch batch) throws IOException {
    WriteChannel write = new WriteChannel(channel);
    MessageSerializer.serialize(write, batch, IpcOption.DEFAULT);
    ArrowStreamWriter.writeEndOfStream(write, IpcOption.DEFAULT);
  }

  /** A channel writing into an array of its size (or, without one, counting the bytes written). */
  private static final class ArrayChannel implements WritableByteChannel {
    private final byte[] array;
    private long position;

    ArrayChannel(byte[] array) {
      this.array = array;
    }

    @Override
    public int write(ByteBuffer source) {
      int length = source.remaining();
      if (array == null) {
        source.position(source.limit());
      } else {
        source.get(array, Math.toIntExact(position), length);
      }
      position += length;
      return length;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
    }
  }

  /** A safety net behind {@link #supports}: DuckDB's Arrow types must be Spark's up to names and labels. */
  private static void requireSameShape(List<Field> exported, List<Field> spark) {
    if (exported.size() != spark.size()) {
      throw SparkErrors.internal("DuckDB exported " + exported + " for Spark's " + spark);
    }
    for (int i = 0; i < spark.size(); i++) {
      ArrowType exportedType = exported.get(i).getType();
      ArrowType sparkType = spark.get(i).getType();
      boolean same = exportedType instanceof ArrowType.Timestamp exportedTime
          && sparkType instanceof ArrowType.Timestamp sparkTime
          ? exportedTime.getUnit() == sparkTime.getUnit()
          && (exportedTime.getTimezone() == null) == (sparkTime.getTimezone() == null)
          : exportedType.equals(sparkType);
      if (!same) {
        throw SparkErrors.internal("DuckDB exported " + exported.get(i) + " for Spark's " + spark.get(i));
      }
      requireSameShape(exported.get(i).getChildren(), spark.get(i).getChildren());
    }
  }
}
