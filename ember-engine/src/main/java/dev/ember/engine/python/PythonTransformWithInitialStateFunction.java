package dev.ember.engine.python;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.TransferPair;

/**
 * {@code transformWithStateInPandas} / {@code transformWithState} with an {@code initialState}, in a batch query, as
 * Spark's {@code TransformWithStateInPySparkPythonInitialStateRunner} sends it: the input's rows and the initial
 * state's, sorted by their grouping keys, in one Arrow stream of two struct columns {@code inputData} and
 * {@code initState} (the input's row, the initial state's row), each batch holding rows of one side only and each
 * key's rows of both sides adjacent. The input's columns are: the keys, the side ({@code 1} input, {@code 2} initial
 * state), {@code inputData}, {@code initState}. The grouping keys are columns of each side, by name (Spark resolves
 * them so); the state server is the worker's own, as for {@link PythonTransformWithStateFunction}.
 */
public final class PythonTransformWithInitialStateFunction implements PartitionFunction {
  private final PythonFunction function;
  private final List<String> keyNames;
  private final List<String> initialKeyNames;
  private final String timeMode;
  private final StructType outputSchema;

  public PythonTransformWithInitialStateFunction(PythonFunction function, List<String> keyNames,
      List<String> initialKeyNames, String timeMode, StructType outputSchema) {
    this.function = function;
    this.keyNames = List.copyOf(keyNames);
    this.initialKeyNames = List.copyOf(initialKeyNames);
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
    int keys = keyNames.size();
    List<StructField> sides = inputSchema.fields().subList(keys + 1, keys + 3);
    List<StructField> keyFields = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    addOffsets(offsets, (StructType) sides.get(0).dataType(), keyNames, keyFields);
    addOffsets(offsets, (StructType) sides.get(1).dataType(), initialKeyNames, new ArrayList<>());
    return PythonTransformWithStateFunction.runBatch(function, timeMode, keyFields, offsets, context, outputSchema,
        allocator -> ArrowBatches.concatenated(allocator, input, all -> all == null
            ? ArrowBatches.empty(allocator, new StructType(sides), context.timeZone())
            : bySide(allocator, all, keys)));
  }

  /** One side's group of argument offsets: its length, the keys' count, their positions in the side's row, then all. */
  private static void addOffsets(List<Integer> offsets, StructType row, List<String> names, List<StructField> keys) {
    offsets.add(1 + names.size() + row.fields().size());
    offsets.add(names.size());
    for (String name : names) {
      int position = -1;
      for (int i = 0; i < row.fields().size() && position < 0; i++) {
        position = row.fields().get(i).name().equalsIgnoreCase(name) ? i : -1;
      }
      if (position < 0) {
        throw SparkErrors.internal("The grouping column " + name + " is not a column of " + row);
      }
      offsets.add(position);
      keys.add(row.fields().get(position));
    }
    for (int i = 0; i < row.fields().size(); i++) {
      offsets.add(i);
    }
  }

  /** The two struct columns of {@code all} as one stream, a batch per run of rows of one side. */
  private static byte[] bySide(BufferAllocator allocator, VectorSchemaRoot all, int keys) {
    IntVector side = (IntVector) all.getVector(keys);
    List<FieldVector> structs = all.getFieldVectors().subList(keys + 1, keys + 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Schema schema = new Schema(structs.stream().map(FieldVector::getField).toList());
    try (VectorSchemaRoot batch = VectorSchemaRoot.create(schema, allocator);
        ArrowStreamWriter writer = new ArrowStreamWriter(batch, null, out)) {
      writer.start();
      int start = 0;
      for (int row = 1; row <= all.getRowCount(); row++) {
        if (row == all.getRowCount() || side.get(row) != side.get(start)) {
          write(allocator, structs, start, row - start, batch);
          writer.writeBatch();
          start = row;
        }
      }
      writer.end();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not write rows for a Python function: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private static void write(BufferAllocator allocator, List<FieldVector> vectors, int start, int length,
      VectorSchemaRoot batch) {
    List<FieldVector> sliced = new ArrayList<>();
    try {
      for (FieldVector vector : vectors) {
        TransferPair pair = vector.getTransferPair(vector.getField().getName(), allocator);
        pair.splitAndTransfer(start, length);
        sliced.add((FieldVector) pair.getTo());
      }
      try (VectorSchemaRoot part = new VectorSchemaRoot(sliced)) {
        part.setRowCount(length);
        try (ArrowRecordBatch record = new VectorUnloader(part).getRecordBatch()) {
          new VectorLoader(batch).load(record);
        }
      }
    } finally {
      sliced.forEach(FieldVector::close);
    }
  }
}
