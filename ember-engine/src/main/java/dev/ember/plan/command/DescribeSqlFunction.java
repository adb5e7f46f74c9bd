package dev.ember.plan.command;

import java.util.List;

/** {@code DESCRIBE FUNCTION name} of a SQL function, the session's or a persistent one (other functions not yet). */
public record DescribeSqlFunction(List<String> nameParts) implements Command {
  public DescribeSqlFunction {
    nameParts = List.copyOf(nameParts);
  }
}
