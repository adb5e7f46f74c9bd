package dev.ember.plan.logical;

import dev.ember.plan.expressions.Literal;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code df.na()}: fill nulls with values, drop rows with too few non-null values, or replace
 * values. {@code columns} empty means every column.
 */
public sealed interface NaFunction extends LogicalPlan permits NaFunction.Fill, NaFunction.DropRows, NaFunction.Replace {
  LogicalPlan input();

  /** {@code na.fill(value)} or, with one value per column, {@code na.fill(map)}. */
  record Fill(LogicalPlan input, List<String> columns, List<Literal> values) implements NaFunction {
    public Fill {
      columns = List.copyOf(columns);
      values = List.copyOf(values);
    }
  }

  /** {@code na.drop(...)}: keep rows with at least {@code minNonNulls} non-null, non-NaN values (all when empty). */
  record DropRows(LogicalPlan input, List<String> columns, OptionalInt minNonNulls) implements NaFunction {
    public DropRows {
      columns = List.copyOf(columns);
    }
  }

  /** {@code na.replace(columns, map)}. */
  record Replace(LogicalPlan input, List<String> columns, List<Literal> oldValues, List<Literal> newValues)
      implements NaFunction {
    public Replace {
      columns = List.copyOf(columns);
      oldValues = List.copyOf(oldValues);
      newValues = List.copyOf(newValues);
    }
  }
}
