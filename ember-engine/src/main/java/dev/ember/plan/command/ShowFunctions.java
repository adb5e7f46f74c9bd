package dev.ember.plan.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code SHOW [USER | SYSTEM | ALL] FUNCTIONS [IN namespace] [LIKE pattern]}: the names of the built-in functions
 * ({@code system}) and of the temporary and persistent ones ({@code user}); {@code spark.catalog().listFunctions}
 * lists these.
 */
public record ShowFunctions(Optional<List<String>> namespace, boolean user, boolean system, Optional<String> pattern)
    implements Command {
  public ShowFunctions {
    namespace = namespace.map(List::copyOf);
  }
}
