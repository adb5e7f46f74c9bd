package dev.ember.connect;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The function of a typed {@code map}, {@code flatMap} or {@code mapPartitions} (the client sends each as
 * {@code MapPartitions}: a Scala function from an iterator of the input's objects to an iterator of the output's):
 * all the input rows are one partition, read with the input's encoder and written with the output's (a Row of the
 * output with no schema is an input row, written with the input's schema).
 */
final class ScalaPartitionFunction implements PartitionFunction {
  private final UdfPayload payload;
  private final String name;
  private final StructType outputSchema;

  ScalaPartitionFunction(ByteString payload, String name, StructType outputSchema) {
    this.payload = UdfPayload.of(payload);
    this.name = name;
    this.outputSchema = outputSchema;
  }

  @Override
  public StructType outputSchema() {
    return outputSchema;
  }

  @Override
  public StructType outputSchema(StructType inputSchema) {
    return UdfPackets.outputSchemaBoundTo(outputSchema, inputSchema);
  }

  @Override
  public java.util.Optional<dev.ember.plan.usercode.ScalarUserFunction> eachRow() {
    // a cancelled operation interrupts the threads running its calls inside DuckDB, as a stage's thread
    if (outputSchema.fields().size() != 1) {
      return java.util.Optional.empty();
    }
    // read when the row function is made: code other than Spark's map adaptor makes none
    UdfPayload rows = UdfPayload.madeBy(List.of("map", payload.identity()), loader -> {
      UdfPacket packet = payload.fresh(loader);
      return new UdfPacket(MapAdaptors.eachRow(packet.function(), name).orElseThrow(
          () -> new IllegalArgumentException("not Dataset.map")), packet.inputEncoders(), packet.outputEncoder());
    });
    var value = outputSchema.fields().get(0);
    return java.util.Optional.of(ScalaUserFunction.eachRowOf(rows, name, value.dataType(), value.nullable()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    UdfPacket packet = payload.packet(context.classLoader());
    AgnosticEncoder<?> input = UdfPackets.boundTo(packet.inputEncoders().head(), inputSchema);
    AgnosticEncoder<?> written = UdfPackets.outputBoundTo(packet.outputEncoder(), inputSchema);
    return PartitionRuns.run(name, input, written, rows, context, (objects, output) -> output.appendAll(
        (scala.collection.Iterator<Object>) ((scala.Function1<Object, Object>) packet.function()).apply(objects)));
  }
}
