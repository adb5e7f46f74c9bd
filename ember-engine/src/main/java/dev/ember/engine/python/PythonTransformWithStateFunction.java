package dev.ember.engine.python;

import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * {@code groupBy().transformWithStateInPandas} / {@code transformWithState} in a batch query, as Spark's
 * {@code TransformWithStateInPySparkExec} runs it: the input's rows sorted by their grouping keys (its last
 * {@code keyNames.size()} columns; before them the input's own), all to one task as one Arrow stream of the input's
 * columns, the keys' and values' positions as the function's arguments (a key that is a column of the input is that
 * column, as Spark's plan has it). The worker's state server is the task's own ({@code ember_worker.py}'s
 * {@code _BatchStateServer}, named by the eval conf {@code state_server_socket_port}): a batch query's state lives
 * for the query, which one task holds whole. The worker's batches, one struct column each, are the output rows.
 */
public final class PythonTransformWithStateFunction implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonFunction function;
  private final List<Optional<String>> keyNames;
  private final String timeMode;
  private final StructType outputSchema;

  /** {@code keyNames}: each grouping key's column name when it is a column of the input. */
  public PythonTransformWithStateFunction(PythonFunction function, List<Optional<String>> keyNames, String timeMode,
      StructType outputSchema) {
    this.function = function;
    this.keyNames = List.copyOf(keyNames);
    this.timeMode = timeMode;
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
    List<StructField> fields = inputSchema.fields();
    int dataColumns = fields.size() - keyNames.size();
    List<Integer> keyOffsets = new ArrayList<>();
    for (int i = 0; i < keyNames.size(); i++) {
      keyOffsets.add(column(fields.subList(0, dataColumns), keyNames.get(i)).orElse(dataColumns + i));
    }
    int sent = keyOffsets.stream().allMatch(offset -> offset < dataColumns) ? dataColumns : fields.size();
    List<Integer> offsets = new ArrayList<>(List.of(1 + keyOffsets.size() + dataColumns, keyOffsets.size()));
    offsets.addAll(keyOffsets);
    List<StructField> keyFields = new ArrayList<>();
    for (int offset : keyOffsets) {
      keyFields.add(fields.get(offset));
    }
    for (int i = 0; i < dataColumns; i++) {
      offsets.add(i);
    }
    return runBatch(function, timeMode, keyFields, offsets, context, outputSchema,
        allocator -> input.isEmpty() ? ArrowBatches.empty(allocator, inputSchema, context.timeZone())
            : ArrowBatches.firstColumnsOfEach(allocator, input, sent, new ArrayList<>()));
  }

  /**
   * One batch query's run of a stateful processor: PySpark's worker, told to keep its state in a state server of its
   * own ({@code ember-batch:<timeMode>}) with the grouping keys of {@code keyFields}, reads the Arrow stream
   * {@code stream} makes with the call's allocator; its output rows unwrapped to {@code outputSchema}.
   */
  static Iterator<byte[]> runBatch(PythonFunction function, String timeMode, List<StructField> keyFields,
      List<Integer> offsets, UserCodeContext context, StructType outputSchema,
      java.util.function.Function<BufferAllocator, byte[]> stream) {
    Map<String, String> evalConf = Map.of("state_server_socket_port", "ember-batch:" + timeMode,
        "grouping_key_schema", SparkTypeJson.of(new StructType(keyFields)));
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-transform-with-state", 0, Long.MAX_VALUE)) {
      byte[] input = stream.apply(allocator);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context),
          function.pythonVersion(), function.evalType(), function.command(), offsets, List.of(),
          PythonTask.runnerConf(context), evalConf, out -> out.write(input)));
      return PythonGroupMapFunction.unwrapped(allocator, output, outputSchema, context.timeZone());
    }
  }

  private static Optional<Integer> column(List<StructField> fields, Optional<String> name) {
    for (int i = 0; i < fields.size() && name.isPresent(); i++) {
      if (fields.get(i).name().equalsIgnoreCase(name.get())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
