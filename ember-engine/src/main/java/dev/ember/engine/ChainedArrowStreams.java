package dev.ember.engine;

import dev.ember.engine.arrow.ArrayReadChannel;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Several Arrow IPC streams of one schema (the chunks a client uploads for one {@code createDataFrame}) read as
 * one stream, so that DuckDB scans them in a single statement. Batches move between readers without copying
 * their buffers.
 */
final class ChainedArrowStreams extends ArrowReader {
  private final Deque<byte[]> pending = new ArrayDeque<>();
  private ArrowStreamReader current;
  private long bytesRead;

  /** The non-empty streams of {@code ipcStreams}; at least one must be non-empty. */
  ChainedArrowStreams(BufferAllocator allocator, List<byte[]> ipcStreams) {
    super(allocator);
    for (byte[] ipc : ipcStreams) {
      if (ipc.length > 0) {
        pending.add(ipc);
      }
    }
    if (pending.isEmpty()) {
      throw new IllegalArgumentException("no Arrow stream to read");
    }
  }

  @Override
  protected Schema readSchema() throws IOException {
    return openNext().getVectorSchemaRoot().getSchema();
  }

  @Override
  public boolean loadNextBatch() throws IOException {
    prepareLoadNextBatch();
    while (current != null || !pending.isEmpty()) {
      ArrowStreamReader reader = current != null ? current : openNext();
      if (reader.loadNextBatch()) {
        try (ArrowRecordBatch batch = new VectorUnloader(reader.getVectorSchemaRoot()).getRecordBatch()) {
          loadRecordBatch(batch);
        }
        return true;
      }
      bytesRead += reader.bytesRead();
      reader.close();
      current = null;
    }
    getVectorSchemaRoot().setRowCount(0);
    return false;
  }

  private ArrowStreamReader openNext() {
    current = new ArrowStreamReader(new ArrayReadChannel(pending.removeFirst()), allocator);
    return current;
  }

  @Override
  public long bytesRead() {
    return bytesRead + (current == null ? 0 : current.bytesRead());
  }

  @Override
  protected void closeReadSource() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
    pending.clear();
  }
}
