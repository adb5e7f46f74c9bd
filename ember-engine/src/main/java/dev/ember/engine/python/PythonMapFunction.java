package dev.ember.engine.python;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * {@code mapInPandas} / {@code mapInArrow}: every input row, a batch at a time, to one Python task, each batch's
 * columns packed into one struct column as Spark's {@code MapInBatchExec} sends them; the worker's batches, one struct
 * column each, are the output rows (its fields the columns).
 */
public final class PythonMapFunction implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonFunction function;
  private final StructType outputSchema;

  public PythonMapFunction(PythonFunction function, StructType outputSchema) {
    this.function = function;
    this.outputSchema = outputSchema;
  }

  @Override
  public StructType outputSchema() {
    return outputSchema;
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    List<byte[]> input = new ArrayList<>();
    rows.forEachRemaining(input::add);
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-map", 0, Long.MAX_VALUE)) {
      byte[] packed = input.isEmpty()
          ? ArrowBatches.packedAsStruct(allocator, List.of(ArrowBatches.empty(allocator, inputSchema,
              context.timeZone())))
          : ArrowBatches.packedAsStruct(allocator, input);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context), function.pythonVersion(),
          function.evalType(), function.command(), List.of(0), List.of(),
          PythonTask.runnerConf(context), Map.of(), out -> out.write(packed)));
      return PythonGroupMapFunction.unwrapped(allocator, output, outputSchema, context.timeZone());
    }
  }
}
