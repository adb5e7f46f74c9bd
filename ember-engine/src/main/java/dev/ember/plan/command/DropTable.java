package dev.ember.plan.command;

import java.util.List;

/** {@code DROP TABLE [IF EXISTS] name [PURGE]}. */
public record DropTable(List<String> nameParts, boolean ifExists, boolean purge) implements Command {
  public DropTable {
    nameParts = List.copyOf(nameParts);
  }
}
