package dev.ember.plan.expressions;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;

/**
 * A query used as a value: {@code (SELECT ...)}, {@code EXISTS (SELECT ...)} or {@code values IN (SELECT ...)}
 * ({@code df.scalar()}, {@code df.exists()}, {@code col.isin(df)}). Names in {@code plan} that its own scope lacks
 * resolve in the enclosing queries' scopes (correlated references), innermost first.
 */
public record SubqueryExpression(LogicalPlan plan, Kind kind, List<Expression> values) implements Expression {
  /** What the subquery computes: one value, whether it has rows, or whether {@code values} is among its rows. */
  public enum Kind {
    SCALAR, EXISTS, IN
  }

  public SubqueryExpression {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if ((kind == Kind.IN) == values.isEmpty()) {
      throw new IllegalArgumentException("IN takes values, the other kinds none: " + kind + " " + values);
    }
  }
}
