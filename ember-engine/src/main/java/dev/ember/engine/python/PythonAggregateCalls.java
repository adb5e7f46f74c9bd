package dev.ember.engine.python;

import dev.ember.engine.arrow.ArrayReadChannel;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/**
 * A grouped aggregate pandas UDF ({@code @pandas_udf} returning a scalar, in {@code groupBy().agg}): the engine hands
 * it each group's inputs as one list (of the argument, or of a struct of the arguments), which go to a worker as
 * Spark's {@code AggregateInPandasExec} sends groups, a group count then an Arrow stream of the group's arguments per
 * group, and 0 at the end; the worker answers a row per group.
 */
public final class PythonAggregateCalls {
  private static final BufferAllocator ROOT = new RootAllocator();

  private PythonAggregateCalls() {
  }

  /** The results of {@code function} for the groups of {@code groups} (a list column, a row per group). */
  public static byte[] evaluate(PythonFunction function, byte[] groups, StructType argumentSchema,
      dev.ember.plan.usercode.UserCodeContext context) {
    String timeZone = context.timeZone();
    ArrayType list = (ArrayType) argumentSchema.fields().get(0).dataType();
    int count = list.elementType() instanceof StructType struct ? struct.fields().size() : 1;
    Map<String, String> runnerConf = PythonTask.runnerConf(context);
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udaf", 0, Long.MAX_VALUE)) {
      List<byte[]> input = groupStreams(allocator, groups);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context), function.pythonVersion(),
          function.evalType(), function.command(), java.util.stream.IntStream.range(0, count).boxed().toList(),
          function.keywords(), runnerConf, Map.of(), out -> writeGroups(out, input)));
      return PythonScalarCalls.oneBatch(allocator, output,
          new StructType(List.of(new StructField("_0", function.returnType(), true))), timeZone);
    }
  }

  private static void writeGroups(DataOutputStream out, List<byte[]> groups) throws IOException {
    for (byte[] group : groups) {
      out.writeInt(1); // one data frame in the group
      out.write(group);
    }
    out.writeInt(0);
  }

  /** An Arrow stream per group: the list's elements of its row, a column per argument. */
  static List<byte[]> groupStreams(BufferAllocator allocator, byte[] groups) {
    List<byte[]> streams = new ArrayList<>();
    try (ArrowStreamReader reader = new ArrowStreamReader(new ArrayReadChannel(groups), allocator)) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        ListVector lists = (ListVector) root.getVector(0);
        FieldVector elements = lists.getDataVector();
        List<FieldVector> columns = elements instanceof StructVector struct
            ? struct.getChildrenFromFields() : List.of(elements);
        for (int row = 0; row < root.getRowCount(); row++) {
          int start = lists.isNull(row) ? 0 : lists.getElementStartIndex(row);
          int length = lists.isNull(row) ? 0 : lists.getElementEndIndex(row) - start;
          streams.add(ArrowBatches.slice(allocator, columns, start, length));
        }
      }
    } catch (IOException e) {
      throw SparkErrors.internal("Could not read the groups of a Python aggregate function: " + e.getMessage());
    }
    return streams;
  }
}
