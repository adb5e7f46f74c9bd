package dev.ember.plan.command;

import java.util.List;

/** {@code DROP [TEMPORARY] FUNCTION [IF EXISTS] name}: a temporary function's one-part name, or a persistent one's. */
public record DropSqlFunction(List<String> nameParts, boolean ifExists, boolean temporary) implements Command {
  public DropSqlFunction {
    nameParts = List.copyOf(nameParts);
  }
}
