package dev.ember.plan.logical;

import dev.ember.plan.origin.SqlOrigins;
import java.util.Objects;

/**
 * A plan built from SQL text, with where its nodes were written: errors raised while the analyzer resolves it carry
 * Spark's SQL query context. It computes what its input computes.
 */
public record WithSqlOrigins(LogicalPlan input, SqlOrigins origins) implements LogicalPlan {
  public WithSqlOrigins {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(origins, "origins");
  }
}
