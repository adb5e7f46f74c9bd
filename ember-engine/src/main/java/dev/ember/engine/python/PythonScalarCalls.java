package dev.ember.engine.python;

import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * A scalar Python function over one batch of rows ({@code @udf}, Arrow-optimized or not, and the scalar pandas UDFs):
 * the batch's argument columns go to a worker as an Arrow stream, as Spark's {@code ArrowEvalPythonExec} sends them,
 * and its one result column comes back. A plain {@code @udf} (SQL_BATCHED_UDF, pickled rows in Spark) runs as the
 * Arrow-optimized one does, so that batches, not rows, cross to Python, its results converted as Spark converts the
 * pickled ones ({@code ember_worker.py}).
 */
public final class PythonScalarCalls {
  private static final BufferAllocator ROOT = new RootAllocator();

  private PythonScalarCalls() {
  }

  /** The results of {@code function} for the rows of {@code arguments}: an Arrow IPC stream of one column. */
  public static byte[] evaluate(PythonFunction function, byte[] arguments, StructType argumentSchema,
      dev.ember.plan.usercode.UserCodeContext context) {
    String timeZone = context.timeZone();
    int evalType = function.evalType() == EvalTypes.SQL_BATCHED_UDF ? EvalTypes.SQL_ARROW_BATCHED_UDF
        : function.evalType();
    int count = argumentSchema.fields().size();
    Map<String, String> runnerConf = PythonTask.runnerConf(context);
    Map<String, String> evalConf = new HashMap<>();
    if (evalType == EvalTypes.SQL_ARROW_BATCHED_UDF) {
      evalConf.put("input_type", SparkTypeJson.of(argumentSchema));
    }
    if (function.evalType() == EvalTypes.SQL_BATCHED_UDF) {
      // ember_worker.py converts the results as Spark's pickled path does (EvaluatePython.makeFromJava)
      runnerConf.put("spark.ember.python.pickledUdfResults", "true");
    }
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udf", 0, Long.MAX_VALUE)) {
      byte[] input = firstColumns(allocator, arguments, count);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(PythonTask.python(function, context), function.pythonVersion(),
          evalType, function.command(), java.util.stream.IntStream.range(0, count).boxed().toList(),
          function.keywords(), runnerConf,
          evalConf, out -> out.write(input)));
      return oneBatch(allocator, output, new StructType(List.of(new StructField("_0", function.returnType(), true))),
          timeZone);
    }
  }

  /** The first {@code count} columns of a stream of one batch. */
  static byte[] firstColumns(BufferAllocator allocator, byte[] stream, int count) {
    return ArrowBatches.concatenated(allocator, List.of(stream), all -> all == null ? stream
        : ArrowBatches.slice(allocator, all.getFieldVectors().subList(0, count), 0, all.getRowCount()));
  }

  /** The worker's output batches as one (an empty stream of {@code schema} when it wrote none). */
  static byte[] oneBatch(BufferAllocator allocator, List<byte[]> streams, StructType schema, String timeZone) {
    if (streams.size() == 1) {
      return streams.get(0);
    }
    return streams.isEmpty() ? ArrowBatches.empty(allocator, schema, timeZone)
        : ArrowBatches.concatenated(allocator, streams, ArrowBatches::write);
  }
}
