package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;

/**
 * {@code SET VARIABLE a = x, b = y} or {@code SET VARIABLE (a, b) = (query)}: the variables take the values of the
 * source's columns, in order: of its one row, NULLs when it has none (more rows are Spark's
 * ROW_SUBQUERY_TOO_MANY_ROWS).
 */
public record SetVariable(List<List<String>> targets, LogicalPlan source) implements Command {
  public SetVariable {
    targets = targets.stream().map(List::copyOf).toList();
    Objects.requireNonNull(source, "source");
  }
}
