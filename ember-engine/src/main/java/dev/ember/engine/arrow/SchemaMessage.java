package dev.ember.engine.arrow;

import dev.ember.plan.types.StructType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A result's Arrow schema with Spark's types and its IPC schema message, made once per Spark schema and time zone
 * (a query run again, or another of the same shape, sends the same): at most {@link #KEPT} are kept.
 */
record SchemaMessage(Schema schema, byte[] bytes) {
  private static final int KEPT = 1024;
  private static final Map<Key, SchemaMessage> MADE = new ConcurrentHashMap<>();

  private record Key(StructType schema, String timeZone) {
  }

  static SchemaMessage of(StructType schema, String timeZone) {
    Key key = new Key(schema, timeZone);
    SchemaMessage known = MADE.get(key);
    if (known != null) {
      return known;
    }
    Schema arrow = SparkArrowSchemas.of(schema, timeZone);
    SchemaMessage made = new SchemaMessage(arrow, serialized(arrow));
    if (MADE.size() >= KEPT) {
      MADE.clear();
    }
    MADE.put(key, made);
    return made;
  }

  /** The bytes of the message; never changed (shared by every result of this shape). */
  @Override
  public byte[] bytes() {
    return bytes;
  }

  private static byte[] serialized(Schema schema) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MessageSerializer.serialize(new WriteChannel(Channels.newChannel(out)), schema, IpcOption.DEFAULT);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
