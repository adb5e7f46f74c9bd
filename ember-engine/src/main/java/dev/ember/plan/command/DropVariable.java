package dev.ember.plan.command;

import java.util.List;

/** {@code DROP TEMPORARY VARIABLE [IF EXISTS] name}. */
public record DropVariable(List<String> name, boolean ifExists) implements Command {
  public DropVariable {
    name = List.copyOf(name);
  }
}
