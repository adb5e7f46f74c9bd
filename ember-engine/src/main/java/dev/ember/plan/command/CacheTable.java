package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CACHE [LAZY] TABLE name [AS query]}: the view (created from the query first, when there is one) is kept
 * computed for the queries that read it; {@code UNCACHE TABLE [IF EXISTS] name} ({@code uncache}) forgets it, and
 * {@code CLEAR CACHE} ({@code clearAll}) forgets every one.
 */
public record CacheTable(List<String> nameParts, Optional<LogicalPlan> query, boolean uncache, boolean ifExists,
    boolean clearAll) implements Command {
  public CacheTable {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(query, "query");
  }
}
