package dev.ember.engine.python;

import dev.ember.engine.streaming.MicroBatchSource;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Range;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.Iterator;
import java.util.List;

/**
 * A Python data source read by a streaming query, as Spark's {@code PythonMicroBatchStream}: when the query starts,
 * the stream reader ({@link PythonStreamReader}) and the read function of its partitions
 * ({@link PythonDataSourcePlanner#planRead}, streaming); a batch's rows are its partitions between two offsets, each
 * read by the read function on a worker, or the rows a simple reader gave with them.
 */
public final class PythonMicroBatchSource implements MicroBatchSource {
  private final PythonDataSource source;
  private final byte[] instance;
  private final StructType schema;
  private final int maxRecordsPerBatch;
  private final boolean binaryAsBytes;
  private PythonStreamReader reader;
  private byte[] readFunction;

  public PythonMicroBatchSource(PythonDataSource source, byte[] instance, StructType schema, int maxRecordsPerBatch,
      boolean binaryAsBytes) {
    this.source = source;
    this.instance = instance.clone();
    this.schema = schema;
    this.maxRecordsPerBatch = maxRecordsPerBatch;
    this.binaryAsBytes = binaryAsBytes;
  }

  @Override
  public void start() {
    reader = PythonStreamReader.start(source, instance, schema, maxRecordsPerBatch);
    readFunction = PythonDataSourcePlanner.planRead(source, instance, schema, maxRecordsPerBatch, false, true,
        binaryAsBytes).readFunction();
  }

  @Override
  public String initialOffset() {
    return reader.initialOffset();
  }

  @Override
  public String latestOffset(String start) {
    return reader.latestOffset(start);
  }

  @Override
  public LogicalPlan batch(String start, String end) {
    PythonStreamReader.Partitions partitions = reader.partitions(start, end);
    return new MapPartitions(new Range(0, 1, 1), new Rows(partitions));
  }

  @Override
  public void commit(String end) {
    reader.commit(end);
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
  }

  @Override
  public String toString() {
    return "PythonMicroBatchStream(" + source.name() + ")";
  }

  /** A batch's rows: read from its partitions when the batch's query runs, or the ones prefetched. */
  private final class Rows implements PartitionFunction {
    private final PythonStreamReader.Partitions partitions;

    Rows(PythonStreamReader.Partitions partitions) {
      this.partitions = partitions;
    }

    @Override
    public StructType outputSchema() {
      return schema;
    }

    @Override
    public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
      rows.forEachRemaining(row -> { });
      if (partitions.prefetched().isPresent()) {
        List<byte[]> prefetched = partitions.prefetched().get();
        return (prefetched.isEmpty() ? PythonDataSourceRead.readPartitions(source, readFunction, List.of(), schema,
            context) : prefetched).iterator();
      }
      return PythonDataSourceRead.readPartitions(source, readFunction, partitions.partitions(), schema, context)
          .iterator();
    }
  }
}
