package dev.ember.engine.python;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The rows of a Python data source's batch read ({@code spark.read.format(name).load()}), as Spark's
 * {@code PythonScan} makes them: when the read runs, the reader is planned ({@link PythonDataSourcePlanner#planRead}:
 * {@code reader(schema)}, its {@code partitions()}), then each partition is a task of the read function on a worker,
 * a {@code mapInArrow} over one row, the pickled partition (the eval type Spark's {@code MapInBatchExec} runs it
 * with), whose Arrow batches are the rows. The partitions are read at the same time, their rows following each
 * other in the partitions' order, as Spark's collect returns them. Its input (one row that stands for the source)
 * is not read.
 */
public final class PythonDataSourceRead implements PartitionFunction {
  private static final BufferAllocator ROOT = new RootAllocator();

  private final PythonDataSource source;
  private final byte[] instance;
  private final StructType schema;

  public PythonDataSourceRead(PythonDataSource source, byte[] instance, StructType schema) {
    this.source = source;
    this.instance = instance.clone();
    this.schema = schema;
  }

  @Override
  public StructType outputSchema() {
    return schema;
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    rows.forEachRemaining(row -> { });
    PythonDataSourcePlanner.ReadPlan plan = PythonDataSourcePlanner.planRead(source, instance, schema,
        Integer.parseInt(context.conf().apply("spark.sql.execution.arrow.maxRecordsPerBatch").orElse("10000")),
        Boolean.parseBoolean(context.conf().apply("spark.sql.python.filterPushdown.enabled").orElse("false")),
        false, Boolean.parseBoolean(context.conf().apply("spark.sql.execution.pyspark.binaryAsBytes").orElse("true")));
    return readPartitions(source, plan.readFunction(), plan.partitions(), schema, context).iterator();
  }

  /**
   * The rows of {@code partitions} (pickled), each read by the read function on a worker, in the partitions' order:
   * Arrow streams of {@code schema}. The partitions are read at the same time, as Spark's tasks are, as many at once
   * as the process has workers; the first partition (in order) that failed gives the error.
   */
  static List<byte[]> readPartitions(PythonDataSource source, byte[] readFunction, List<byte[]> partitions,
      StructType schema, UserCodeContext context) {
    String python = context.conf().apply("spark.sql.execution.pyspark.python").filter(p -> !p.isBlank())
        .orElse(source.python());
    List<byte[]> output = new ArrayList<>();
    if (partitions.size() <= 1) {
      for (byte[] partition : partitions) {
        output.addAll(readPartition(source, python, readFunction, partition, schema, context));
      }
    } else {
      ExecutorService tasks = Executors.newFixedThreadPool(
          Math.min(partitions.size(), Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "ember-python-data-source-read");
            thread.setDaemon(true);
            return thread;
          });
      try {
        List<Future<List<byte[]>>> reads = new ArrayList<>();
        for (byte[] partition : partitions) {
          reads.add(tasks.submit(() -> readPartition(source, python, readFunction, partition, schema, context)));
        }
        for (Future<List<byte[]>> read : reads) {
          output.addAll(read.get());
        }
      } catch (ExecutionException failure) {
        if (failure.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw dev.ember.plan.errors.SparkErrors.internal("A Python data source read failed: " + failure.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw dev.ember.plan.errors.SparkErrors.internal("Interrupted while a Python data source was read.");
      } finally {
        tasks.shutdownNow();
      }
    }
    if (output.isEmpty()) {
      try (BufferAllocator allocator = ROOT.newChildAllocator("python-data-source", 0, Long.MAX_VALUE)) {
        output.add(ArrowBatches.empty(allocator, schema, context.timeZone()));
      }
    }
    return output;
  }

  /** One partition's rows, read by a task on a worker. */
  private static List<byte[]> readPartition(PythonDataSource source, String python, byte[] readFunction,
      byte[] partition, StructType schema, UserCodeContext context) {
    List<byte[]> output = new ArrayList<>();
    try (BufferAllocator allocator = ROOT.newChildAllocator("python-data-source", 0, Long.MAX_VALUE)) {
      byte[] input = ArrowBatches.packedAsStruct(allocator, List.of(partitionRow(allocator, partition)));
      List<byte[]> batches = PythonWorkers.shared().run(new PythonTask(python, source.pythonVersion(),
          EvalTypes.SQL_MAP_ARROW_ITER_UDF, readFunction, List.of(0), List.of(),
          PythonTask.runnerConf(context), Map.of(), out -> out.write(input)));
      PythonGroupMapFunction.unwrapped(allocator, batches, schema, context.timeZone())
          .forEachRemaining(output::add);
    }
    return output;
  }

  /** One row of one binary column: the pickled partition. */
  private static byte[] partitionRow(BufferAllocator allocator, byte[] partition) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(
        dev.ember.engine.arrow.SparkArrowSchemas.of(PythonDataSourcePlanner.PARTITION_INPUT, "UTC"), allocator)) {
      VarBinaryVector vector = (VarBinaryVector) root.getVector(0);
      vector.allocateNew();
      vector.setSafe(0, partition);
      vector.setValueCount(1);
      root.setRowCount(1);
      return ArrowBatches.write(root);
    }
  }
}
