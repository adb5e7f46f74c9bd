package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class ChainedArrowStreamsTest {
  private static final Schema SCHEMA = new Schema(List.of(Field.nullable("id", new ArrowType.Int(64, true))));

  @Test
  void readsTheBatchesOfEveryStreamInOrderSkippingEmptyOnes() throws IOException {
    try (BufferAllocator allocator = new RootAllocator()) {
      List<byte[]> streams = List.of(new byte[0], stream(allocator, List.of(0L, 1L), List.of(2L)),
          stream(allocator), stream(allocator, List.of(3L, 4L, 5L)));
      List<Long> values = new ArrayList<>();
      try (ChainedArrowStreams reader = new ChainedArrowStreams(allocator, streams)) {
        assertThat(reader.getVectorSchemaRoot().getSchema()).isEqualTo(SCHEMA);
        int batches = 0;
        while (reader.loadNextBatch()) {
          batches++;
          BigIntVector ids = (BigIntVector) reader.getVectorSchemaRoot().getVector(0);
          for (int row = 0; row < reader.getVectorSchemaRoot().getRowCount(); row++) {
            values.add(ids.get(row));
          }
        }
        assertThat(batches).isEqualTo(3);
        assertThat(reader.getVectorSchemaRoot().getRowCount()).isZero();
        assertThat(reader.bytesRead()).isPositive();
      }
      assertThat(values).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
      assertThat(allocator.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void needsOneStreamThatIsNotEmpty() {
    try (BufferAllocator allocator = new RootAllocator()) {
      assertThatThrownBy(() -> new ChainedArrowStreams(allocator, List.of(new byte[0])))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** One IPC stream holding one batch per list. */
  @SafeVarargs
  private static byte[] stream(BufferAllocator allocator, List<Long>... batches) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
        ArrowStreamWriter writer = new ArrowStreamWriter(root, null, bytes)) {
      writer.start();
      for (List<Long> batch : batches) {
        BigIntVector ids = (BigIntVector) root.getVector(0);
        ids.allocateNew(batch.size());
        for (int row = 0; row < batch.size(); row++) {
          ids.set(row, batch.get(row));
        }
        root.setRowCount(batch.size());
        writer.writeBatch();
      }
      writer.end();
    }
    return bytes.toByteArray();
  }
}
