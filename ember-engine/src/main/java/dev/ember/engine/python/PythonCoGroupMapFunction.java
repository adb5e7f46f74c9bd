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
import org.apache.arrow.vector.complex.StructVector;

/**
 * {@code cogroup().applyInPandas} / {@code applyInArrow}: both sides' rows in one input, sorted by key then side, as
 * the first {@code keyCount} columns (the key), the side (1 or 2), then each side's row as a struct (NULL on the other
 * side's rows); each key goes to the worker as Spark's {@code FlatMapCoGroupsInPandasExec} sends it (2, then an Arrow
 * stream of each side's rows, keys first, empty for a side without the key), and the worker's batches, a struct column
 * each, are the output rows.
 */
public final class PythonCoGroupMapFunction implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonFunction function;
  private final int keyCount;
  private final StructType outputSchema;

  public PythonCoGroupMapFunction(PythonFunction function, int keyCount, StructType outputSchema) {
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
    StructType left = (StructType) inputSchema.fields().get(keyCount + 1).dataType();
    StructType right = (StructType) inputSchema.fields().get(keyCount + 2).dataType();
    List<Integer> offsets = new ArrayList<>();
    for (StructType side : List.of(left, right)) {
      int columns = keyCount + side.fields().size();
      offsets.add(columns + 1);
      offsets.add(keyCount);
      for (int i = 0; i < columns; i++) {
        offsets.add(i);
      }
    }
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-cogroup", 0, Long.MAX_VALUE)) {
      List<byte[]> groups = ArrowBatches.concatenated(allocator, input, all -> all == null ? List.of()
          : groups(allocator, all));
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context), function.pythonVersion(),
          function.evalType(), function.command(), offsets, List.of(),
          PythonTask.runnerConf(context), Map.of(), out -> {
            for (int i = 0; i < groups.size(); i += 2) {
              out.writeInt(2);
              out.write(groups.get(i));
              out.write(groups.get(i + 1));
            }
            out.writeInt(0);
          }));
      return PythonGroupMapFunction.unwrapped(allocator, output, outputSchema, context.timeZone());
    }
  }

  /** Each key's left and right streams, in turn. */
  private List<byte[]> groups(BufferAllocator allocator, VectorSchemaRoot all) {
    List<byte[]> groups = new ArrayList<>();
    List<FieldVector> vectors = all.getFieldVectors();
    FieldVector side = vectors.get(keyCount);
    List<FieldVector> left = columns(vectors, (StructVector) vectors.get(keyCount + 1));
    List<FieldVector> right = columns(vectors, (StructVector) vectors.get(keyCount + 2));
    int start = 0;
    for (int row = 1; row <= all.getRowCount(); row++) {
      if (row == all.getRowCount() || !sameKeys(vectors, start, row)) {
        int middle = start;
        while (middle < row && ((Number) side.getObject(middle)).intValue() == 1) {
          middle++;
        }
        groups.add(ArrowBatches.slice(allocator, left, start, middle - start));
        groups.add(ArrowBatches.slice(allocator, right, middle, row - middle));
        start = row;
      }
    }
    return groups;
  }

  /** A side's columns: the keys, then its row's fields. */
  private List<FieldVector> columns(List<FieldVector> vectors, StructVector row) {
    List<FieldVector> columns = new ArrayList<>(vectors.subList(0, keyCount));
    columns.addAll(row.getChildrenFromFields());
    return columns;
  }

  private boolean sameKeys(List<FieldVector> vectors, int first, int second) {
    for (int i = 0; i < keyCount; i++) {
      if (!Objects.deepEquals(vectors.get(i).getObject(first), vectors.get(i).getObject(second))) {
        return false;
      }
    }
    return true;
  }
}
