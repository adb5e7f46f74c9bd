package dev.ember.plan.command;

import java.util.List;

/** {@code DESCRIBE DATABASE | SCHEMA | NAMESPACE [EXTENDED] name}: its catalog, name, comment, location, owner. */
public record DescribeNamespace(List<String> nameParts, boolean extended) implements Command {
  public DescribeNamespace {
    nameParts = List.copyOf(nameParts);
  }
}
