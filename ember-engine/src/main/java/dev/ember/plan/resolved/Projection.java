package dev.ember.plan.resolved;

import java.util.List;

public record Projection(ResolvedPlan input, List<NamedExpression> columns) implements ResolvedPlan {
  public Projection {
    columns = List.copyOf(columns);
  }

  @Override
  public List<Attribute> output() {
    return columns.stream().map(NamedExpression::attribute).toList();
  }
}
