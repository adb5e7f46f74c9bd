package dev.ember.plan.usercode;

import dev.ember.plan.types.StructType;
import java.util.Iterator;

/**
 * User code that turns all the rows of its input into other rows ({@code Dataset.map}, {@code flatMap},
 * {@code mapPartitions}): the input rows arrive as Arrow IPC streams in Spark's Arrow layout, named as the input's
 * columns, and the output rows leave the same way with {@link #outputSchema(StructType)}.
 */
public interface PartitionFunction {
  StructType outputSchema();

  /** The output schema over input rows of {@code inputSchema} (a function may write its input rows as they are). */
  default StructType outputSchema(StructType inputSchema) {
    return outputSchema();
  }

  /** The output rows of the input {@code rows} (of {@code inputSchema}). */
  Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context);
}
