package dev.ember.connect;

import java.io.ByteArrayOutputStream;
import org.apache.spark.sql.connect.client.arrow.ArrowSerializer;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;
import org.sparkproject.org.apache.arrow.memory.RootAllocator;

/** The Arrow memory of user code's rows (the client's shaded Arrow, which Spark's encoders are built on). */
final class UserCodeArrow {
  private static final BufferAllocator ROOT = new RootAllocator();

  private UserCodeArrow() {
  }

  /** An allocator of its own for one batch of user code's work. */
  static BufferAllocator allocator() {
    return ROOT.newChildAllocator("user-code", 0, Long.MAX_VALUE);
  }

  /** Closes the rows an encoder read (their Arrow memory). */
  static void close(org.apache.spark.sql.util.CloseableIterator<?> rows) {
    try {
      rows.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw dev.ember.plan.errors.SparkErrors.internal("Could not release the rows of user code: " + e);
    }
  }

  /** The number of rows of an Arrow IPC stream of one batch. */
  static long rowCount(byte[] ipcStream, BufferAllocator allocator) {
    try (org.sparkproject.org.apache.arrow.vector.ipc.ArrowStreamReader reader =
        new org.sparkproject.org.apache.arrow.vector.ipc.ArrowStreamReader(
            new java.io.ByteArrayInputStream(ipcStream), allocator)) {
      long rows = 0;
      while (reader.loadNextBatch()) {
        rows += reader.getVectorSchemaRoot().getRowCount();
      }
      return rows;
    } catch (java.io.IOException e) {
      throw dev.ember.plan.errors.SparkErrors.internal("Could not read rows for a user-defined function: " + e);
    }
  }

  /** User code's output rows as Arrow IPC streams of at most {@link #ROWS_PER_STREAM} rows, one at least. */
  static final class Streams {
    private static final int ROWS_PER_STREAM = 10_000;
    private final ArrowSerializer<Object> serializer;
    private final java.util.List<byte[]> streams = new java.util.ArrayList<>();
    private int pending;

    Streams(ArrowSerializer<Object> serializer) {
      this.serializer = serializer;
    }

    void appendAll(scala.collection.Iterator<Object> rows) {
      while (rows.hasNext()) {
        serializer.append(rows.next());
        if (++pending == ROWS_PER_STREAM) {
          streams.add(ipcStream(serializer));
          serializer.reset();
          pending = 0;
        }
      }
    }

    java.util.List<byte[]> finish() {
      if (pending > 0 || streams.isEmpty()) {
        streams.add(ipcStream(serializer));
      }
      return streams;
    }
  }

  /** The rows appended to {@code serializer} so far as one Arrow IPC stream. */
  static byte[] ipcStream(ArrowSerializer<?> serializer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer.writeIpcStream(out);
    return out.toByteArray();
  }
}
