package dev.ember.engine.python;

import dev.ember.engine.arrow.SparkArrowSchemas;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.util.VectorSchemaRootAppender;

/**
 * A scalar Python function over one batch of rows ({@code @udf}, Arrow-optimized or not, and the scalar pandas UDFs):
 * the batch's argument columns go to a worker as an Arrow stream, as Spark's {@code ArrowEvalPythonExec} sends them,
 * and its one result column comes back. A plain {@code @udf} (SQL_BATCHED_UDF, pickled rows in Spark) runs as the
 * Arrow-optimized one does, so that batches, not rows, cross to Python.
 */
public final class PythonScalarCalls {
  private static final BufferAllocator ROOT = new RootAllocator();

  private PythonScalarCalls() {
  }

  /** The results of {@code function} for the rows of {@code arguments}, one column: an Arrow IPC stream of one batch. */
  public static byte[] evaluate(PythonFunction function, byte[] arguments, StructType argumentSchema,
      String timeZone) {
    int evalType = function.evalType() == EvalTypes.SQL_BATCHED_UDF ? EvalTypes.SQL_ARROW_BATCHED_UDF
        : function.evalType();
    int count = argumentSchema.fields().size();
    Map<String, String> runnerConf = new HashMap<>();
    runnerConf.put("spark.sql.session.timeZone", timeZone);
    Map<String, String> evalConf = new HashMap<>();
    if (evalType == EvalTypes.SQL_ARROW_BATCHED_UDF) {
      evalConf.put("input_type", SparkTypeJson.of(argumentSchema));
    }
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-udf", 0, Long.MAX_VALUE)) {
      byte[] input = firstColumns(allocator, arguments, count);
      List<byte[]> output = PythonWorkers.shared().run(new PythonTask(function.python(), function.pythonVersion(),
          evalType, function.command(), java.util.stream.IntStream.range(0, count).boxed().toList(),
          function.keywords(), runnerConf,
          evalConf, out -> out.write(input)));
      return oneBatch(allocator, output, new StructType(List.of(new StructField("_0", function.returnType(), true))),
          timeZone);
    }
  }

  /** The first {@code count} columns of a stream of one batch. */
  static byte[] firstColumns(BufferAllocator allocator, byte[] stream, int count) {
    try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      boolean rows = reader.loadNextBatch();
      List<FieldVector> vectors = root.getFieldVectors().subList(0, count);
      VectorSchemaRoot first = new VectorSchemaRoot(vectors);
      first.setRowCount(rows ? root.getRowCount() : 0);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArrowStreamWriter writer = new ArrowStreamWriter(first, null, out)) {
        writer.start();
        if (rows && root.getRowCount() > 0) {
          writer.writeBatch();
        }
        writer.end();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw SparkErrors.internal("Could not read the arguments of a Python function: " + e.getMessage());
    }
  }

  /** The worker's output batches as one (an empty stream of {@code schema} when it wrote none). */
  static byte[] oneBatch(BufferAllocator allocator, List<byte[]> streams, StructType schema, String timeZone) {
    if (streams.size() == 1) {
      return streams.get(0);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (streams.isEmpty()) {
        try (VectorSchemaRoot empty = VectorSchemaRoot.create(SparkArrowSchemas.of(schema, timeZone), allocator);
            ArrowStreamWriter writer = new ArrowStreamWriter(empty, null, out)) {
          writer.start();
          writer.end();
        }
        return out.toByteArray();
      }
      VectorSchemaRoot all = null;
      try {
        for (byte[] stream : streams) {
          try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
            while (reader.loadNextBatch()) {
              if (all == null) {
                all = VectorSchemaRoot.create(reader.getVectorSchemaRoot().getSchema(), allocator);
                all.allocateNew();
                all.setRowCount(0);
              }
              VectorSchemaRootAppender.append(all, reader.getVectorSchemaRoot());
            }
          }
        }
        try (ArrowStreamWriter writer = new ArrowStreamWriter(all, null, out)) {
          writer.start();
          writer.writeBatch();
          writer.end();
        }
        return out.toByteArray();
      } finally {
        if (all != null) {
          all.close();
        }
      }
    } catch (IOException e) {
      throw SparkErrors.internal("Could not read the results of a Python function: " + e.getMessage());
    }
  }
}
