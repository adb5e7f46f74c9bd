package dev.ember.connect;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.connect.client.arrow.ArrowDeserializers;
import org.apache.spark.sql.connect.client.arrow.ArrowSerializer;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.util.CloseableIterator;
import org.sparkproject.com.google.protobuf.ByteString;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;

/**
 * The function of a typed {@code map}, {@code flatMap} or {@code mapPartitions} (the client sends each as
 * {@code MapPartitions}: a Scala function from an iterator of the input's objects to an iterator of the output's):
 * all the input rows are one partition, read with the input's encoder and written with the output's.
 */
final class ScalaPartitionFunction implements PartitionFunction {
  private final ByteString payload;
  private final String name;
  private final StructType outputSchema;

  ScalaPartitionFunction(ByteString payload, String name, StructType outputSchema) {
    this.payload = payload;
    this.name = name;
    this.outputSchema = outputSchema;
  }

  @Override
  public StructType outputSchema() {
    return outputSchema;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    UdfPacket packet = UdfPackets.read(payload, context.classLoader());
    AgnosticEncoder<?> input = UdfPackets.boundTo(packet.inputEncoders().head(), inputSchema);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(context.classLoader());
    try (BufferAllocator allocator = UserCodeArrow.allocator()) {
      ArrowSerializer<Object> output = new ArrowSerializer<>((AgnosticEncoder<Object>) packet.outputEncoder(),
          allocator, context.timeZone());
      CloseableIterator<?> objects = ArrowDeserializers.deserializeFromArrow(
          scala.jdk.javaapi.CollectionConverters.asScala(rows), input, allocator, context.timeZone());
      try {
        UserCodeArrow.Streams streams = new UserCodeArrow.Streams(output);
        streams.appendAll((scala.collection.Iterator<Object>)
            ((scala.Function1<Object, Object>) packet.function()).apply(objects));
        return streams.finish().iterator();
      } finally {
        UserCodeArrow.close(objects);
        output.close();
      }
    } catch (Exception e) {
      // user code may throw checked exceptions (Scala does not declare them)
      throw UserCodeFailures.failed(name, "", "", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
