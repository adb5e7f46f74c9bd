package dev.ember.connect;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The function of {@code cogroup}: the rows of both sides in one stream sorted by key and side, each its key
 * ({@code _1}), side ({@code _2}: 1 or 2) and value in its side's column ({@code _3} or {@code _4}); the function gets
 * each key (of either side) with an iterator over each side's values.
 */
final class ScalaCoGroupFunction implements PartitionFunction {
  private final ByteString payload;
  private final String name;
  private final StructType outputSchema;

  ScalaCoGroupFunction(ByteString payload, String name, StructType outputSchema) {
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
    List<AgnosticEncoder<?>> encoders = scala.jdk.javaapi.CollectionConverters.asJava(packet.inputEncoders());
    AgnosticEncoder<?> sides = UdfPackets.tuple(List.of(
        UdfPackets.boundTo(encoders.get(0), inputSchema.fields().get(0).dataType()),
        AgnosticEncoders.BoxedIntEncoder$.MODULE$,
        UdfPackets.boundTo(encoders.get(1), inputSchema.fields().get(2).dataType()),
        UdfPackets.boundTo(encoders.get(2), inputSchema.fields().get(3).dataType())));
    var function = (scala.Function3<Object, Object, Object, Object>) packet.function();
    return PartitionRuns.run(packet, name, sides, rows, context, (keyed, output) -> {
      Object key = null;
      List<Object> left = new ArrayList<>();
      List<Object> right = new ArrayList<>();
      while (keyed.hasNext()) {
        var row = (scala.Tuple4<Object, Integer, Object, Object>) keyed.next();
        if (!(left.isEmpty() && right.isEmpty()) && !Objects.deepEquals(key, row._1())) {
          output.appendAll(results(function, key, left, right));
          left = new ArrayList<>();
          right = new ArrayList<>();
        }
        key = row._1();
        if (row._2() == 1) {
          left.add(row._3());
        } else {
          right.add(row._4());
        }
      }
      if (!(left.isEmpty() && right.isEmpty())) {
        output.appendAll(results(function, key, left, right));
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static scala.collection.Iterator<Object> results(scala.Function3<Object, Object, Object, Object> function,
      Object key, List<Object> left, List<Object> right) {
    Object result = function.apply(key, scala.jdk.javaapi.CollectionConverters.asScala(left.iterator()),
        scala.jdk.javaapi.CollectionConverters.asScala(right.iterator()));
    return ((scala.collection.IterableOnce<Object>) result).iterator();
  }
}
