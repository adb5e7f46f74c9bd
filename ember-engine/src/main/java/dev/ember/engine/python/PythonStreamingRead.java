package dev.ember.engine.python;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.Iterator;
import java.util.Map;

/**
 * The rows of {@code spark.readStream.format(name).load()} outside a streaming query: its schema for analysis, and
 * Spark's error for a batch action on it (UnsupportedOperationChecker: a streaming source runs with
 * {@code writeStream.start()} only). A streaming query reads the source through a {@link PythonMicroBatchSource}.
 */
public final class PythonStreamingRead implements PartitionFunction {
  private final PythonDataSource source;
  private final byte[] instance;
  private final StructType schema;

  public PythonStreamingRead(PythonDataSource source, byte[] instance, StructType schema) {
    this.source = source;
    this.instance = instance.clone();
    this.schema = schema;
  }

  public PythonDataSource source() {
    return source;
  }

  public byte[] instance() {
    return instance.clone();
  }

  @Override
  public StructType outputSchema() {
    return schema;
  }

  @Override
  public Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context) {
    throw batchQueryOfAStream();
  }

  /** Spark's error for a batch query over a streaming source. */
  public static EmberException batchQueryOfAStream() {
    String message = "Queries with streaming sources must be executed with writeStream.start(), or from a streaming "
        + "table or flow definition within a Spark Declarative Pipeline.";
    return new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_3102", null, message, Map.of("msg", message));
  }
}
