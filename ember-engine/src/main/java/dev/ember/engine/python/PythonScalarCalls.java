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
    int count = argumentSchema.fields().size();
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udf", 0, Long.MAX_VALUE)) {
      byte[] input = firstColumns(allocator, arguments, count);
      List<byte[]> output = PythonWorkers.shared().run(task(function, argumentSchema, context, out -> out.write(input)));
      return oneBatch(allocator, output, new StructType(List.of(new StructField("_0", function.returnType(), true))),
          context.timeZone());
    }
  }

  /**
   * The results of {@code function} for each of {@code batches} (a stream each, in order), computed by one task: the
   * batches' argument columns go to the worker as one Arrow stream, as Spark's {@code ArrowEvalPythonExec} sends a
   * partition's batches, and its result batches are cut back to the input batches' rows.
   */
  public static List<byte[]> evaluateBatches(PythonFunction function, List<byte[]> batches, StructType argumentSchema,
      dev.ember.plan.usercode.UserCodeContext context) {
    if (batches.size() == 1) {
      return List.of(evaluate(function, batches.get(0), argumentSchema, context));
    }
    int count = argumentSchema.fields().size();
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udf", 0, Long.MAX_VALUE)) {
      List<Integer> rowCounts = new java.util.ArrayList<>();
      byte[] input = ArrowBatches.firstColumnsOfEach(allocator, batches, count, rowCounts);
      List<byte[]> output = PythonWorkers.shared().run(task(function, argumentSchema, context, out -> out.write(input)));
      if (output.isEmpty()) {
        byte[] empty = ArrowBatches.empty(allocator,
            new StructType(List.of(new StructField("_0", function.returnType(), true))), context.timeZone());
        output = List.of(empty);
      }
      return ArrowBatches.split(allocator, output, rowCounts);
    }
  }

  /** The task of {@code function} over {@code input}: its eval type and the confs Spark's runner sends with it. */
  private static PythonTask task(PythonFunction function, StructType argumentSchema,
      dev.ember.plan.usercode.UserCodeContext context, PythonTask.Input input) {
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
    return new PythonTask(PythonTask.python(function, context), function.pythonVersion(), evalType, function.command(),
        java.util.stream.IntStream.range(0, count).boxed().toList(), function.keywords(), runnerConf, evalConf, input);
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
