package dev.ember.plan.command;

import java.util.List;

/**
 * {@code REFRESH FUNCTION name}: a database's function registered again, its class loaded anew (Spark refuses a
 * built-in or temporary function's name).
 */
public record RefreshFunction(List<String> nameParts) implements Command {
  public RefreshFunction {
    nameParts = List.copyOf(nameParts);
  }
}
