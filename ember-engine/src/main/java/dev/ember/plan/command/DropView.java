package dev.ember.plan.command;

import java.util.List;

/** {@code DROP VIEW [IF EXISTS] name}. */
public record DropView(List<String> nameParts, boolean ifExists) implements Command {
  public DropView {
    nameParts = List.copyOf(nameParts);
  }
}
