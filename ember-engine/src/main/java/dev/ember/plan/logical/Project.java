package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;

public record Project(LogicalPlan input, List<Expression> expressions) implements LogicalPlan {
  public Project {
    expressions = List.copyOf(expressions);
  }
}
