package dev.ember.engine.python;

import dev.ember.engine.arrow.ArrayReadChannel;
import dev.ember.engine.arrow.SizedByteOutput;
import dev.ember.engine.arrow.SparkArrowSchemas;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.util.TransferPair;
import org.apache.arrow.vector.util.VectorSchemaRootAppender;

/** The reshaping of Arrow IPC streams between the engine's layout and what PySpark's serializers read and write. */
final class ArrowBatches {
  private ArrowBatches() {
  }

  /** The rows of {@code streams} (of one schema) as one batch, handed to {@code use}; null when there are none. */
  static <T> T concatenated(BufferAllocator allocator, List<byte[]> streams, Function<VectorSchemaRoot, T> use) {
    VectorSchemaRoot all = null;
    try {
      for (byte[] stream : streams) {
        try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(stream), allocator)) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          if (all == null) {
            all = VectorSchemaRoot.create(root.getSchema(), allocator);
            all.allocateNew();
            all.setRowCount(0);
          }
          while (reader.loadNextBatch()) {
            VectorSchemaRootAppender.append(all, root);
          }
        }
      }
      return use.apply(all);
    } catch (IOException e) {
      throw SparkErrors.internal("Could not read the rows of a Python function: " + e.getMessage());
    } finally {
      if (all != null) {
        all.close();
      }
    }
  }

  /** Rows {@code start} to {@code start + length} of {@code vectors}, as a stream of one batch. */
  static byte[] slice(BufferAllocator allocator, List<FieldVector> vectors, int start, int length) {
    if (length == 0) {
      // an empty batch, not none: PySpark builds a side's table from its batches, and needs one for the schema
      try (VectorSchemaRoot empty = VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(
          vectors.stream().map(FieldVector::getField).toList()), allocator)) {
        empty.allocateNew();
        empty.setRowCount(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArrowStreamWriter writer = new ArrowStreamWriter(empty, null, out)) {
          writer.start();
          writer.writeBatch();
          writer.end();
        }
        return out.toByteArray();
      } catch (IOException e) {
        throw SparkErrors.internal("Could not write rows for a Python function: " + e.getMessage());
      }
    }
    List<FieldVector> sliced = new ArrayList<>();
    try {
      for (FieldVector vector : vectors) {
        TransferPair pair = vector.getTransferPair(vector.getField().getName(), allocator);
        pair.splitAndTransfer(start, length);
        sliced.add((FieldVector) pair.getTo());
      }
      VectorSchemaRoot root = new VectorSchemaRoot(sliced);
      root.setRowCount(length);
      return write(root);
    } finally {
      sliced.forEach(FieldVector::close);
    }
  }

  /**
   * The first {@code count} columns of {@code streams} (of one schema) as one stream, a batch per batch;
   * {@code rowCounts} gets each stream's rows.
   */
  static byte[] firstColumnsOfEach(BufferAllocator allocator, List<byte[]> streams, int count, List<Integer> rowCounts) {
    SizedByteOutput out = new SizedByteOutput(streams.stream().mapToLong(stream -> stream.length).sum());
    VectorSchemaRoot first = null;
    ArrowStreamWriter writer = null;
    try {
      for (byte[] stream : streams) {
        try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(stream), allocator)) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          if (first == null) {
            first = VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(
                root.getSchema().getFields().subList(0, count)), allocator);
            writer = new ArrowStreamWriter(first, null, out);
            writer.start();
          }
          int rows = 0;
          while (reader.loadNextBatch()) {
            rows += root.getRowCount();
            for (int i = 0; i < count; i++) {
              root.getVector(i).makeTransferPair(first.getVector(i)).transfer();
            }
            first.setRowCount(root.getRowCount());
            writer.writeBatch();
          }
          rowCounts.add(rows);
        }
      }
      if (writer != null) {
        writer.end();
      }
      return out.bytes();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not write rows for a Python function: " + e.getMessage());
    } finally {
      if (writer != null) {
        writer.close();
      }
      if (first != null) {
        first.close();
      }
    }
  }

  /** The rows of {@code streams} (of one schema) cut into consecutive streams of {@code rowCounts} rows each. */
  static List<byte[]> split(BufferAllocator allocator, List<byte[]> streams, List<Integer> rowCounts) {
    return concatenated(allocator, streams, all -> {
      int total = rowCounts.stream().mapToInt(Integer::intValue).sum();
      int rows = all == null ? 0 : all.getRowCount();
      if (rows != total) {
        throw SparkErrors.internal("A Python function returned " + rows + " rows for " + total + ".");
      }
      List<byte[]> parts = new ArrayList<>(rowCounts.size());
      int start = 0;
      for (int count : rowCounts) {
        parts.add(slice(allocator, all.getFieldVectors(), start, count));
        start += count;
      }
      return parts;
    });
  }

  /**
   * The rows of {@code batches} (streams of one schema), each batch's columns packed into one struct column as Spark
   * packs a map's or grouped map's rows for PySpark: one stream, a batch per batch.
   */
  static byte[] packedAsStruct(BufferAllocator allocator, List<byte[]> batches) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorSchemaRoot packed = null;
    ArrowStreamWriter writer = null;
    try {
      for (byte[] stream : batches) {
        try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(stream), allocator)) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          if (packed == null) {
            Field field = new Field("struct", FieldType.notNullable(ArrowType.Struct.INSTANCE),
                root.getSchema().getFields());
            packed = new VectorSchemaRoot(List.of(field.createVector(allocator)));
            writer = new ArrowStreamWriter(packed, null, out);
            writer.start();
          }
          while (reader.loadNextBatch()) {
            int rows = root.getRowCount();
            StructVector struct = (StructVector) packed.getVector(0);
            struct.clear();
            struct.allocateNew();
            for (int i = 0; i < root.getFieldVectors().size(); i++) {
              root.getFieldVectors().get(i).makeTransferPair(struct.getChildrenFromFields().get(i)).transfer();
            }
            for (int row = 0; row < rows; row++) {
              struct.setIndexDefined(row);
            }
            struct.setValueCount(rows);
            packed.setRowCount(rows);
            if (rows > 0) {
              writer.writeBatch();
            }
          }
        }
      }
      if (writer != null) {
        writer.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not write rows for a Python function: " + e.getMessage());
    } finally {
      if (writer != null) {
        writer.close();
      }
      if (packed != null) {
        packed.close();
      }
    }
  }

  /** A stream whose one struct column holds the rows (PySpark's output of a map): its fields as the columns. */
  static byte[] unwrapStruct(BufferAllocator allocator, byte[] stream) {
    try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(stream), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      boolean rows = reader.loadNextBatch();
      StructVector struct = (StructVector) root.getVector(0);
      VectorSchemaRoot unwrapped = new VectorSchemaRoot(struct.getChildrenFromFields());
      unwrapped.setRowCount(rows ? root.getRowCount() : 0);
      return write(unwrapped);
    } catch (IOException e) {
      throw SparkErrors.internal("Could not read the output of a Python function: " + e.getMessage());
    }
  }

  /** A stream of no rows of {@code schema}. */
  static byte[] empty(BufferAllocator allocator, StructType schema, String timeZone) {
    try (VectorSchemaRoot empty = VectorSchemaRoot.create(SparkArrowSchemas.of(schema, timeZone), allocator)) {
      return write(empty);
    }
  }

  /** {@code root} as a stream: one batch, none when it has no rows. */
  static byte[] write(VectorSchemaRoot root) {
    SizedByteOutput out = SizedByteOutput.forVectors(root.getFieldVectors(), 1);
    try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
      writer.start();
      if (root.getRowCount() > 0) {
        writer.writeBatch();
      }
      writer.end();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not write rows for a Python function: " + e.getMessage());
    }
    return out.bytes();
  }
}
