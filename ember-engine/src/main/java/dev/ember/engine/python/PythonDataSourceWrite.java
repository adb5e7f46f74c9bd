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
 * The write task of a Python data source's batch write ({@code df.write.format(name).save()}), as Spark's
 * {@code PythonBatchWrite} runs one per partition: the rows, packed as a {@code mapInArrow}'s input, to the write
 * function ({@link PythonDataSourcePlanner#planWrite}) on a worker, which calls the writer's {@code write} and
 * answers its pickled commit message, the task's one output row. Ember's rows are one partition: one task.
 */
public final class PythonDataSourceWrite implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonDataSource source;
  private final byte[] writeFunction;

  public PythonDataSourceWrite(PythonDataSource source, byte[] writeFunction) {
    this.source = source;
    this.writeFunction = writeFunction.clone();
  }

  @Override
  public StructType outputSchema() {
    return PythonDataSourcePlanner.COMMIT_MESSAGES;
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    List<byte[]> input = new ArrayList<>();
    rows.forEachRemaining(input::add);
    String python = context.conf().apply("spark.sql.execution.pyspark.python").filter(p -> !p.isBlank())
        .orElse(source.python());
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-data-source-write", 0, Long.MAX_VALUE)) {
      byte[] packed = ArrowBatches.packedAsStruct(allocator, input.isEmpty()
          ? List.of(ArrowBatches.empty(allocator, inputSchema, context.timeZone())) : input);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(python, source.pythonVersion(),
          EvalTypes.SQL_MAP_ARROW_ITER_UDF, writeFunction, List.of(0), List.of(), PythonTask.runnerConf(context),
          Map.of(), out -> out.write(packed)));
      return PythonGroupMapFunction.unwrapped(allocator, output, PythonDataSourcePlanner.COMMIT_MESSAGES,
          context.timeZone());
    }
  }
}
