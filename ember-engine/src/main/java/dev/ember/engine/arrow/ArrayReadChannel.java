package dev.ember.engine.arrow;

import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * An Arrow IPC stream held in an array, read as a channel that copies straight into the reader's buffer: through a
 * {@code ByteArrayInputStream} Arrow's reader copies each message body twice (into a small array, then into its own
 * memory), which for a user aggregate's input (every row of its groups) is a pass over the whole batch more.
 */
public final class ArrayReadChannel implements ReadableByteChannel {
  private final byte[] array;
  private int position;

  public ArrayReadChannel(byte[] array) {
    this.array = array;
  }

  @Override
  public int read(ByteBuffer target) {
    if (position >= array.length) {
      return -1;
    }
    int length = Math.min(target.remaining(), array.length - position);
    target.put(array, position, length);
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
