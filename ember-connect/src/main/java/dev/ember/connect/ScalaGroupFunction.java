package dev.ember.connect;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The function of {@code groupByKey(...).flatMapGroups} (and {@code mapGroups}, {@code flatMapSortedGroups}): its
 * input rows come sorted by key, each a key ({@code _1}), a value ({@code _2}, a struct of the row's columns when
 * the value's encoder reads a struct) and the key as grouped (a group ends where it changes); the function gets
 * each key with an iterator of its values, read with Spark's encoders, and its results are written with the
 * output's encoder.
 */
final class ScalaGroupFunction implements PartitionFunction {
  private final UdfPayload payload;
  private final String name;
  private final StructType outputSchema;

  ScalaGroupFunction(ByteString payload, String name, StructType outputSchema) {
    this.payload = UdfPayload.of(payload);
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
    UdfPacket packet = payload.packet(context.classLoader());
    List<AgnosticEncoder<?>> encoders = scala.jdk.javaapi.CollectionConverters.asJava(packet.inputEncoders());
    // the key as the function takes it, the value, the key as grouped (keyAs may read the key as fewer fields)
    AgnosticEncoder<?> triples = UdfPackets.tuple(List.of(
        UdfPackets.boundTo(encoders.get(0), inputSchema.fields().get(0).dataType()),
        UdfPackets.boundTo(encoders.get(encoders.size() - 1), inputSchema.fields().get(1).dataType()),
        UdfPackets.encoderOf(inputSchema.fields().get(2).dataType())));
    // (key, values) or, with a state (map/flatMapGroupsWithState), (key, values, state)
    Object function = packet.function();
    return PartitionRuns.run(packet, name, triples, rows, context, (keyed, output) -> {
      Object key = null;
      Object grouped = null;
      List<Object> values = new ArrayList<>();
      while (keyed.hasNext()) {
        var row = (scala.Tuple3<Object, Object, Object>) keyed.next();
        if (!values.isEmpty() && !Objects.deepEquals(grouped, row._3())) {
          output.appendAll(results(function, key, values));
          values = new ArrayList<>();
        }
        key = row._1();
        grouped = row._3();
        values.add(row._2());
      }
      if (!values.isEmpty()) {
        output.appendAll(results(function, key, values));
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static scala.collection.Iterator<Object> results(Object function, Object key, List<Object> values) {
    scala.collection.Iterator<Object> each = scala.jdk.javaapi.CollectionConverters.asScala(values.iterator());
    Object result = function instanceof scala.Function3<?, ?, ?, ?> withState
        ? ((scala.Function3<Object, Object, Object, Object>) withState).apply(key, each, new BatchGroupState<>())
        : ((scala.Function2<Object, Object, Object>) function).apply(key, each);
    return ((scala.collection.IterableOnce<Object>) result).iterator();
  }
}
