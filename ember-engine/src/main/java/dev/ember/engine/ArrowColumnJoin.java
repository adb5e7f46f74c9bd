package dev.ember.engine;

import dev.ember.engine.arrow.ArrayReadChannel;
import dev.ember.plan.errors.SparkErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/** Two Arrow IPC streams of the same rows side by side: the last columns of the first, then those of the second. */
final class ArrowColumnJoin {
  private ArrowColumnJoin() {
  }

  /** The columns of {@code left} after its first {@code skipped} and every column of {@code right}, as one stream. */
  static byte[] join(BufferAllocator allocator, byte[] left, int skipped, byte[] right) {
    try (ArrowStreamReader leftReader = new ArrowStreamReader(new ArrayReadChannel(left), allocator);
        ArrowStreamReader rightReader = new ArrowStreamReader(new ArrayReadChannel(right), allocator)) {
      VectorSchemaRoot leftRoot = leftReader.getVectorSchemaRoot();
      VectorSchemaRoot rightRoot = rightReader.getVectorSchemaRoot();
      boolean leftRows = leftReader.loadNextBatch();
      boolean rightRows = rightReader.loadNextBatch();
      int rows = leftRows ? leftRoot.getRowCount() : 0;
      // (one batch each: reading past the last would empty the root)
      if ((rightRows ? rightRoot.getRowCount() : 0) != rows) {
        throw SparkErrors.internal("A user-defined function returned another number of rows than it was given.");
      }
      List<FieldVector> vectors = new ArrayList<>(leftRoot.getFieldVectors()
          .subList(skipped, leftRoot.getFieldVectors().size()));
      vectors.addAll(rightRoot.getFieldVectors());
      // the vectors stay the readers' (closed with them)
      VectorSchemaRoot joined = new VectorSchemaRoot(vectors);
      joined.setRowCount(rows);
      // sized for the joined columns alone: the skipped arguments (a user aggregate's lists of its groups' inputs)
      // may be most of the input's bytes
      dev.ember.engine.arrow.SizedByteOutput out = dev.ember.engine.arrow.SizedByteOutput.forVectors(vectors, 1);
      try (ArrowStreamWriter writer = new ArrowStreamWriter(joined, null, out)) {
        writer.start();
        if (rows > 0) {
          // no rows, no batch: the vectors of an empty (or absent) batch may hold no buffers to write
          writer.writeBatch();
        }
        writer.end();
      }
      return out.bytes();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not join a user-defined function's results to its rows: " + e.getMessage());
    }
  }
}
