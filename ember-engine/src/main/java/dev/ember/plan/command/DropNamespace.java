package dev.ember.plan.command;

import java.util.List;

/** {@code DROP DATABASE|SCHEMA|NAMESPACE [IF EXISTS] name [RESTRICT | CASCADE]}. */
public record DropNamespace(List<String> nameParts, boolean ifExists, boolean cascade) implements Command {
  public DropNamespace {
    nameParts = List.copyOf(nameParts);
  }
}
