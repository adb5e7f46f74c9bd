package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

/**
 * {@code df.transpose([indexColumn])}: the index column's values (the first column when none is named) become the
 * output's column names, the other columns become rows, named in a first column {@code key}.
 */
public record Transpose(LogicalPlan input, List<Expression> indexColumns) implements LogicalPlan {
  public Transpose {
    indexColumns = List.copyOf(indexColumns);
  }
}
