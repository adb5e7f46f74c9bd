package dev.ember.connect;

import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The user code of one function as the client sent it (a Java-serialized {@link UdfPacket}), read once per class
 * loader, with what a function makes of it for one input (its encoders, bound to the argument schema): a UDF's or an
 * aggregate's stage calls it for every batch of rows, and the analysis may name its column from the packet, so
 * reading it and building the encoders again each time would repeat the same work. A session's class loader
 * changes when the client adds artifacts; then the packet is read again.
 */
final class UdfPayload {
  private final Function<ClassLoader, UdfPacket> reader;
  /** What tells this code from other code: the client's bytes, or what the server made it of. */
  private final Object identity;
  private volatile Read read;
  private volatile Derived derived;

  private record Read(ClassLoader loader, UdfPacket packet) {
  }

  private record Derived(ClassLoader loader, Object input, Object value) {
  }

  private UdfPayload(Object identity, Function<ClassLoader, UdfPacket> reader) {
    this.identity = identity;
    this.reader = reader;
  }

  /** The packet the client serialized. */
  static UdfPayload of(ByteString payload) {
    return new UdfPayload(payload, loader -> UdfPackets.read(payload, loader));
  }

  /**
   * A packet made on the server (a Java UDF class registered by name): {@code reader} makes it; {@code identity}
   * tells it from others (equal for the same code).
   */
  static UdfPayload madeBy(Object identity, Function<ClassLoader, UdfPacket> reader) {
    return new UdfPayload(identity, reader);
  }

  /** Equal for the same code (the same bytes from the client). */
  Object identity() {
    return identity;
  }

  /** The packet read anew, an instance of the function of its own (as each of Spark's tasks reads it). */
  UdfPacket fresh(ClassLoader loader) {
    return reader.apply(loader);
  }

  UdfPacket packet(ClassLoader loader) {
    Read known = read;
    if (known != null && known.loader() == loader) {
      return known.packet();
    }
    Read fresh = new Read(loader, reader.apply(loader));
    read = fresh;
    return fresh.packet();
  }

  /**
   * What {@code derive} makes of the packet for {@code input}, remembered for the last class loader and input (a
   * function instance derives one kind of value).
   */
  @SuppressWarnings("unchecked")
  <T> T derived(ClassLoader loader, Object input, Function<UdfPacket, T> derive) {
    Derived known = derived;
    if (known != null && known.loader() == loader && Objects.equals(known.input(), input)) {
      return (T) known.value();
    }
    T value = derive.apply(packet(loader));
    derived = new Derived(loader, input, value);
    return value;
  }
}
