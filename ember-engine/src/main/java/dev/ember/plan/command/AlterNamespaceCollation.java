package dev.ember.plan.command;

import java.util.List;
import java.util.Objects;

/** {@code ALTER SCHEMA s DEFAULT COLLATION c}: the schema's default collation, kept as its {@code collation}. */
public record AlterNamespaceCollation(List<String> nameParts, String collation) implements Command {
  public AlterNamespaceCollation {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(collation, "collation");
  }
}
