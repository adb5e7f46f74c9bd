package dev.ember.plan.logical;

import dev.ember.plan.types.StructField;
import java.util.List;

/**
 * {@code SELECT TRANSFORM(...) USING 'script'} (and {@code MAP} / {@code REDUCE}), as Spark runs it without a Hive
 * serde: each row of {@code input} is written to the script's standard input as text, {@code inputFormat}'s fields,
 * and each line it writes back is read as a row of {@code output} ({@code key} and {@code value} strings when
 * {@code schemaLess}: the first two fields of each line).
 */
public record ScriptTransform(LogicalPlan input, String script, List<StructField> output, boolean schemaLess,
    RowFormat inputFormat, RowFormat outputFormat) implements LogicalPlan {
  public ScriptTransform {
    output = List.copyOf(output);
  }

  /** A row as text: fields separated by {@code fieldDelimiter}, NULL written {@code nullValue}, one per line. */
  public record RowFormat(String fieldDelimiter, String nullValue) {
    /** Spark's defaults without ROW FORMAT: tab-separated fields, NULL as {@code \N}. */
    public static final RowFormat DEFAULT = new RowFormat("\t", "\\N");
  }
}
