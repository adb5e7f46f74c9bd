package dev.ember.connect;

import dev.ember.plan.usercode.UserCodeContext;
import java.util.Iterator;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.connect.client.arrow.ArrowDeserializers;
import org.apache.spark.sql.connect.client.arrow.ArrowSerializer;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.util.CloseableIterator;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;

/**
 * What every function over all of its input's rows does around its own work (map/mapPartitions, the groups'
 * functions, cogroup): with the session's class loader as the thread's, read the input rows with an encoder, hand them
 * to the work, write what it appends with the packet's output encoder, release the Arrow memory, and report user
 * code's failure as Spark's.
 */
final class PartitionRuns {
  private PartitionRuns() {
  }

  /** The function's own work: the input's objects in, its output rows appended to {@code output}. */
  @FunctionalInterface
  interface Work {
    void run(scala.collection.Iterator<?> objects, UserCodeArrow.Streams output) throws Exception;
  }

  static Iterator<byte[]> run(UdfPacket packet, String name, AgnosticEncoder<?> input, Iterator<byte[]> rows,
      UserCodeContext context, Work work) {
    return run(name, input, packet.outputEncoder(), rows, context, work);
  }

  /** As {@link #run(UdfPacket, String, AgnosticEncoder, Iterator, UserCodeContext, Work)}, writing with {@code output}. */
  @SuppressWarnings("unchecked")
  static Iterator<byte[]> run(String name, AgnosticEncoder<?> input, AgnosticEncoder<?> outputEncoder,
      Iterator<byte[]> rows, UserCodeContext context, Work work) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(context.classLoader());
    try (BufferAllocator allocator = UserCodeArrow.allocator()) {
      ArrowSerializer<Object> output = new ArrowSerializer<>((AgnosticEncoder<Object>) outputEncoder,
          allocator, context.timeZone());
      CloseableIterator<?> objects = ArrowDeserializers.deserializeFromArrow(
          scala.jdk.javaapi.CollectionConverters.asScala(rows), input, allocator, context.timeZone());
      try {
        UserCodeArrow.Streams streams = new UserCodeArrow.Streams(output);
        work.run(objects, streams);
        return streams.finish().iterator();
      } finally {
        UserCodeArrow.close(objects);
        output.close();
      }
    } catch (Exception e) {
      // user code may throw checked exceptions (Scala does not declare them); Spark's typed operators do not wrap
      // what it throws: the job fails
      throw UserCodeFailures.taskFailed(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
