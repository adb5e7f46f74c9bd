package dev.ember.engine.python;

import dev.ember.engine.arrow.ArrayReadChannel;
import dev.ember.engine.arrow.SparkArrowSchemas;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.TableUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * One call of a Python UDTF ({@link PythonTableUserFunction}): the argument columns of every input row to one task of
 * eval type {@code SQL_TABLE_UDF} or {@code SQL_ARROW_TABLE_UDF}, its function section as Spark's
 * {@code PythonUDTFRunner.writeUDTF} writes it; the worker answers each input row with a batch of its rows (a struct
 * column), then {@code terminate}'s. As Spark's {@code EvalPythonUDTFExec}, the rows of input row {@code i} join that
 * row's passed-through columns, and the rows after the last input row's join the last input row.
 */
final class PythonTableFunction implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonTableUserFunction udtf;
  private final TableUserFunction.Call call;

  PythonTableFunction(PythonTableUserFunction udtf, TableUserFunction.Call call) {
    this.udtf = udtf;
    this.call = call;
  }

  @Override
  public StructType outputSchema() {
    throw new UnsupportedOperationException("a UDTF's columns depend on its input");
  }

  @Override
  public StructType outputSchema(StructType inputSchema) {
    List<StructField> fields = new ArrayList<>(inputSchema.fields().subList(0, call.passThrough()));
    fields.addAll(udtf.resultSchema(argumentSchema(inputSchema), call).fields());
    return new StructType(fields);
  }

  private StructType argumentSchema(StructType inputSchema) {
    return new StructType(inputSchema.fields().subList(call.passThrough(),
        call.passThrough() + call.keywords().size()));
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    List<byte[]> input = new ArrayList<>();
    rows.forEachRemaining(input::add);
    StructType arguments = argumentSchema(inputSchema);
    StructType result = udtf.resultSchema(arguments, call);
    StructType output = outputSchema(inputSchema);
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udtf", 0, Long.MAX_VALUE)) {
      return ArrowBatches.concatenated(allocator, input, all -> {
        if (all == null) {
          byte[] argumentRows = ArrowBatches.empty(allocator, arguments, context.timeZone());
          List<byte[]> batches = PythonWorkers.shared().run(task(arguments, result, argumentRows, context));
          return List.of(joined(allocator, null, 0, 0, batches, output, context.timeZone(), call.passThrough()))
              .iterator();
        }
        List<byte[]> outputs = new ArrayList<>();
        for (int[] part : partitions(all, call.passThrough() + arguments.fields().size(),
            udtf.singlePartition(arguments, call))) {
          byte[] argumentRows = ArrowBatches.slice(allocator, all.getFieldVectors().subList(call.passThrough(),
              call.passThrough() + arguments.fields().size()), part[0], part[1]);
          List<byte[]> batches = PythonWorkers.shared().run(task(arguments, result, argumentRows, context));
          outputs.add(joined(allocator, all, part[0], part[1], batches, output, context.timeZone(),
              call.passThrough()));
        }
        return outputs.iterator();
      });
    }
  }

  /**
   * The runs of input rows a call of the function takes ({@code {start, length}}): all of them, or, when the call is
   * {@link TableUserFunction.Call#partitioned() partitioned}, each run of rows of one Spark partition (the column at
   * {@code column}), as Spark runs the function once per partition of its input (none for an empty partition);
   * all of them when its {@code analyze} asks for one partition.
   */
  private List<int[]> partitions(VectorSchemaRoot all, int column, boolean singlePartition) {
    if (!call.partitioned() || singlePartition || all.getRowCount() == 0) {
      return List.<int[]>of(new int[] {0, all.getRowCount()});
    }
    FieldVector partition = all.getVector(column);
    List<int[]> runs = new ArrayList<>();
    int start = 0;
    for (int row = 1; row <= all.getRowCount(); row++) {
      if (row == all.getRowCount() || !java.util.Objects.equals(partition.getObject(row),
          partition.getObject(start))) {
        runs.add(new int[] {start, row - start});
        start = row;
      }
    }
    return runs;
  }

  private PythonTask task(StructType arguments, StructType result, byte[] argumentRows, UserCodeContext context) {
    PythonFunction function = udtf.function();
    Map<String, String> runnerConf = new HashMap<>(PythonTask.runnerConf(context));
    Map<String, String> evalConf = new HashMap<>();
    evalConf.put("input_type", SparkTypeJson.of(arguments));
    List<String> tableOffsets = new ArrayList<>();
    for (int i = 0; i < call.tables().size(); i++) {
      if (call.tables().get(i)) {
        tableOffsets.add(Integer.toString(i));
      }
    }
    // an Arrow UDTF (@arrow_udtf) takes a table argument as a RecordBatch of its struct's fields
    evalConf.put("table_arg_offsets", String.join(",", tableOffsets));
    if (function.evalType() == EvalTypes.SQL_TABLE_UDF) {
      // Spark sends pickled rows; Ember sends Arrow, which ember_worker.py turns into the rows PySpark's pickled
      // path gives the function, and converts its results as Spark converts pickled ones
      runnerConf.put("spark.ember.python.arrowTableUdf", "true");
      evalConf.put("ember_return_type", SparkTypeJson.of(result));
    }
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < arguments.fields().size(); i++) {
      offsets.add(i);
    }
    return new PythonTask(PythonTask.python(function, context), function.pythonVersion(), function.evalType(),
        function.command(), offsets, call.keywords(), runnerConf, evalConf, out -> out.write(argumentRows),
        out -> {
          out.writeInt(offsets.size());
          for (int i = 0; i < offsets.size(); i++) {
            out.writeInt(offsets.get(i));
            String keyword = call.keywords().get(i);
            out.writeBoolean(!keyword.isEmpty());
            if (!keyword.isEmpty()) {
              PythonRunner.writeString(out, keyword);
            }
          }
          int tableFields = tableFields(arguments);
          out.writeInt(call.partitionColumns());
          for (int i = 0; i < call.partitionColumns(); i++) {
            out.writeInt(tableFields - call.partitionColumns() + i);
          }
          byte[] analyzed = udtf.pickledAnalyzeResult(arguments, call);
          out.writeBoolean(analyzed != null);
          if (analyzed != null) {
            out.writeInt(analyzed.length);
            out.write(analyzed);
          }
          out.writeInt(function.command().length);
          out.write(function.command());
          PythonRunner.writeString(out, SparkTypeJson.of(result));
          PythonRunner.writeString(out, udtf.name());
        });
  }

  private int tableFields(StructType arguments) {
    for (int i = 0; i < call.tables().size(); i++) {
      if (call.tables().get(i) && arguments.fields().get(i).dataType() instanceof StructType struct) {
        return struct.fields().size();
      }
    }
    return 0;
  }

  /** The worker's batches joined with the rows they answer, {@code inputRows} of {@code all} from {@code first}. */
  private static byte[] joined(BufferAllocator allocator, VectorSchemaRoot all, int first, int inputRows,
      List<byte[]> batches, StructType output, String timeZone, int passThrough) {
    try (VectorSchemaRoot joined = VectorSchemaRoot.create(SparkArrowSchemas.of(output, timeZone), allocator)) {
      joined.allocateNew();
      int row = 0;
      for (int index = 0; index < batches.size(); index++) {
        int left = inputRows == 0 ? -1 : first + Math.min(index, inputRows - 1);
        try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(batches.get(index)),
            allocator)) {
          if (!reader.loadNextBatch()) {
            continue;
          }
          VectorSchemaRoot batch = reader.getVectorSchemaRoot();
          List<FieldVector> results = ((StructVector) batch.getVector(0)).getChildrenFromFields();
          for (int r = 0; r < batch.getRowCount(); r++, row++) {
            for (int c = 0; c < passThrough; c++) {
              copy(all.getVector(c), left, joined.getVector(c), row);
            }
            for (int c = 0; c < results.size(); c++) {
              copy(results.get(c), r, joined.getVector(passThrough + c), row);
            }
          }
        } catch (IOException e) {
          throw SparkErrors.internal("Could not read the output of a Python UDTF: " + e.getMessage());
        }
      }
      joined.setRowCount(row);
      return ArrowBatches.write(joined);
    }
  }

  private static void copy(FieldVector from, int fromIndex, FieldVector to, int toIndex) {
    if (fromIndex >= 0 && !from.isNull(fromIndex)) {
      to.copyFromSafe(fromIndex, toIndex, from); // a value left unset is NULL
    }
  }
}
