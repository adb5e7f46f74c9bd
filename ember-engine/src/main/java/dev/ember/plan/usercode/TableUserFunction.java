package dev.ember.plan.usercode;

import java.util.List;

/**
 * A user-defined table function ({@code @udtf} of PySpark): called with arguments, some of which may be a whole table
 * ({@code TABLE(t)}, {@code df.asTable()}), it makes rows of its own columns. The analyzer hands it the shape of a
 * call and runs the {@link PartitionFunction} it gives over rows whose first {@link Call#passThrough()} columns pass
 * through as they are (a lateral join's left row) and whose other columns are the arguments, in order (a table
 * argument as one struct column).
 */
public interface TableUserFunction {
  String name();

  /** The function of one call; its output schema is the passed-through columns, then the function's own columns. */
  PartitionFunction call(Call call);

  /**
   * The shape of a call: how many leading columns pass through; each argument's keyword (empty when given by
   * position), whether it is a table, and its value when it is a literal (else null); for a table argument with
   * PARTITION BY, how many of its struct's last fields are the partitioning expressions (added after its columns).
   * Columns after the arguments (the sort keys of a table argument) are none of the function's; when
   * {@code partitioned}, the one right after them is each input row's Spark partition ({@code spark_partition_id()}):
   * Spark runs the function once per partition of its input, so does the engine.
   */
  record Call(int passThrough, List<String> keywords, List<Boolean> tables, List<Object> literals,
      int partitionColumns, boolean partitioned) {
    public Call {
      keywords = List.copyOf(keywords);
      tables = List.copyOf(tables);
      literals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(literals));
    }

    public Call(int passThrough, List<String> keywords, List<Boolean> tables, List<Object> literals,
        int partitionColumns) {
      this(passThrough, keywords, tables, literals, partitionColumns, false);
    }
  }
}
