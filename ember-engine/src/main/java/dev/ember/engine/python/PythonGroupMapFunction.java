package dev.ember.engine.python;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * {@code groupBy().applyInPandas} / {@code applyInArrow} ({@code apply} of a grouped map pandas UDF): the input's
 * rows come sorted by their grouping keys, which are its first {@code keyCount} columns, then the input's own
 * columns; each group goes to the worker as Spark's {@code FlatMapGroupsInPandasExec} sends it (a group count, then an
 * Arrow stream of the group's rows: plain columns for pandas, packed into a struct for Arrow), the keys' and values'
 * positions among the columns as the function's arguments. The worker's batches, one struct column each, are the
 * output rows.
 */
public final class PythonGroupMapFunction implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonFunction function;
  private final int keyCount;
  private final StructType outputSchema;

  public PythonGroupMapFunction(PythonFunction function, int keyCount, StructType outputSchema) {
    this.function = function;
    this.keyCount = keyCount;
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
    int columns = inputSchema.fields().size();
    List<Integer> offsets = new ArrayList<>(List.of(columns + 1, keyCount));
    for (int i = 0; i < columns; i++) {
      offsets.add(i);
    }
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-group-map", 0, Long.MAX_VALUE)) {
      List<byte[]> groups = ArrowBatches.concatenated(allocator, input, all -> all == null ? List.of()
          : groups(allocator, all));
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context), function.pythonVersion(),
          function.evalType(), function.command(), offsets, List.of(),
          PythonTask.runnerConf(context), Map.of(), out -> {
            for (byte[] group : groups) {
              out.writeInt(1);
              out.write(group);
            }
            out.writeInt(0);
          }));
      return unwrapped(allocator, output, outputSchema, context.timeZone());
    }
  }

  /** A stream per group of {@code all}'s rows: rows of equal keys, which the sort made adjacent. */
  private List<byte[]> groups(BufferAllocator allocator, VectorSchemaRoot all) {
    List<byte[]> groups = new ArrayList<>();
    List<FieldVector> vectors = all.getFieldVectors();
    boolean packed = EvalTypes.packsGroups(function.evalType());
    int start = 0;
    for (int row = 1; row <= all.getRowCount(); row++) {
      if (row == all.getRowCount() || !sameKeys(vectors, start, row)) {
        byte[] group = ArrowBatches.slice(allocator, vectors, start, row - start);
        groups.add(packed ? ArrowBatches.packedAsStruct(allocator, List.of(group)) : group);
        start = row;
      }
    }
    return groups;
  }

  private boolean sameKeys(List<FieldVector> vectors, int first, int second) {
    for (int i = 0; i < keyCount; i++) {
      if (!Objects.deepEquals(vectors.get(i).getObject(first), vectors.get(i).getObject(second))) {
        return false;
      }
    }
    return true;
  }

  /** The worker's output batches (a struct column each) as the rows of {@code schema}; an empty stream for none. */
  static Iterator<byte[]> unwrapped(BufferAllocator allocator, List<byte[]> output, StructType schema,
      String timeZone) {
    List<byte[]> streams = new ArrayList<>();
    for (byte[] stream : output) {
      streams.add(ArrowBatches.unwrapStruct(allocator, stream));
    }
    if (streams.isEmpty()) {
      streams.add(ArrowBatches.empty(allocator, schema, timeZone));
    }
    return streams.iterator();
  }
}
