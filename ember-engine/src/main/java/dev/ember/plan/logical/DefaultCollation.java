package dev.ember.plan.logical;

import java.util.Objects;

/**
 * A view's query under its {@code DEFAULT COLLATION}: the string literals of the query (and of its subqueries) have
 * that collation, held as weakly as a literal holds the session's default. It computes what its input computes.
 */
public record DefaultCollation(LogicalPlan input, String collation) implements LogicalPlan {
  public DefaultCollation {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(collation, "collation");
  }
}
