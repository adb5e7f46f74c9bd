package dev.ember.engine.arrow;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/**
 * A byte array output sized up front for an Arrow IPC stream of known buffers: a stream of 10,000-row batches written
 * to a {@code ByteArrayOutputStream} of 32 bytes grows it by doubling, allocating and copying a dozen arrays (the bulk
 * of a Python UDF's time on the JVM); sized, it allocates once, and {@link #bytes()} hands over its array when full.
 */
public final class SizedByteOutput extends ByteArrayOutputStream {
  /** Room for the schema and batch messages around the buffers. */
  private static final int MESSAGES = 4096;

  public SizedByteOutput(long expected) {
    super((int) Math.min(Integer.MAX_VALUE - 16, Math.max(32, expected + MESSAGES)));
  }

  /** Sized for a stream of {@code batches} batches of {@code vectors}' current buffers. */
  public static SizedByteOutput forVectors(List<? extends FieldVector> vectors, int batches) {
    long size = 0;
    for (FieldVector vector : vectors) {
      size += vector.getBufferSize() + 64L * (vector.getFieldBuffers().size() + 1);
    }
    return new SizedByteOutput(size * Math.max(1, batches));
  }

  /** The bytes written: the array itself when it is exactly full, else a copy of them. */
  public synchronized byte[] bytes() {
    return count == buf.length ? buf : Arrays.copyOf(buf, count);
  }
}
