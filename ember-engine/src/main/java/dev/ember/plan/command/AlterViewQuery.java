package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER VIEW v AS query}: the view's query replaced (a temporary view's plan, a persistent view's text and
 * schema), what else the view keeps (its DEFAULT COLLATION, properties, comment) kept.
 */
public record AlterViewQuery(List<String> nameParts, LogicalPlan query, String text) implements Command {
  public AlterViewQuery {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(text, "text");
  }
}
