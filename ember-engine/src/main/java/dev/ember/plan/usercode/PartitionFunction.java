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

  /**
   * The function of each row when the code maps every input row to one output row ({@code Dataset.map}): called
   * with the whole row, its result the output's one column; empty for other code.
   */
  default java.util.Optional<ScalarUserFunction> eachRow() {
    return java.util.Optional.empty();
  }

  /** The output rows of the input {@code rows} (of {@code inputSchema}). */
  Iterator<byte[]> apply(Iterator<byte[]> rows, StructType inputSchema, UserCodeContext context);
}
