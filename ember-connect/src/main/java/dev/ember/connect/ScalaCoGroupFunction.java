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
 * ({@code _1}), side ({@code _2}: 1 or 2), value in its side's column ({@code _3} or {@code _4}) and key as grouped
 * ({@code _5}); the function gets each key (of either side) with an iterator over each side's values.
 *
 * <p>A state function with an initial state ({@code stateful}) runs the same way, as Spark's
 * FlatMapGroupsWithStateExec runs it in a batch query: side 1 holds the values, side 2 the initial states (the
 * packet's encoders are key, state, value), and each key is called with its values and a state that holds its
 * initial one, if any.
 */
final class ScalaCoGroupFunction implements PartitionFunction {
  private final UdfPayload payload;
  private final String name;
  private final StructType outputSchema;
  private final boolean stateful;

  ScalaCoGroupFunction(ByteString payload, String name, StructType outputSchema, boolean stateful) {
    this.payload = UdfPayload.of(payload);
    this.name = name;
    this.outputSchema = outputSchema;
    this.stateful = stateful;
  }

  @Override
  public StructType outputSchema() {
    return outputSchema;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    UdfPacket packet = payload.packet(context.classLoader());
    List<AgnosticEncoder<?>> encoders = scala.jdk.javaapi.CollectionConverters.asJava(packet.inputEncoders());
    AgnosticEncoder<?> sides = UdfPackets.tuple(List.of(
        UdfPackets.boundTo(encoders.get(0), inputSchema.fields().get(0).dataType()),
        AgnosticEncoders.BoxedIntEncoder$.MODULE$,
        UdfPackets.boundTo(encoders.get(stateful ? 2 : 1), inputSchema.fields().get(2).dataType()),
        UdfPackets.boundTo(encoders.get(stateful ? 1 : 2), inputSchema.fields().get(3).dataType()),
        UdfPackets.encoderOf(inputSchema.fields().get(4).dataType())));
    var function = (scala.Function3<Object, Object, Object, Object>) packet.function();
    return PartitionRuns.run(packet, name, sides, rows, context, (keyed, output) -> {
      Object key = null;
      Object grouped = null;
      List<Object> left = new ArrayList<>();
      List<Object> right = new ArrayList<>();
      while (keyed.hasNext()) {
        var row = (scala.Tuple5<Object, Integer, Object, Object, Object>) keyed.next();
        if (!(left.isEmpty() && right.isEmpty()) && !Objects.deepEquals(grouped, row._5())) {
          output.appendAll(results(function, key, left, right));
          left = new ArrayList<>();
          right = new ArrayList<>();
        }
        key = row._1();
        grouped = row._5();
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
  private scala.collection.Iterator<Object> results(scala.Function3<Object, Object, Object, Object> function,
      Object key, List<Object> left, List<Object> right) {
    Object third = stateful ? BatchGroupState.initial(right)
        : scala.jdk.javaapi.CollectionConverters.asScala(right.iterator());
    Object result = function.apply(key, scala.jdk.javaapi.CollectionConverters.asScala(left.iterator()), third);
    return ((scala.collection.IterableOnce<Object>) result).iterator();
  }
}
