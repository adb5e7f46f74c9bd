package dev.ember.plan.command;

import java.util.List;
import java.util.Optional;

/** {@code SHOW TABLES} or {@code SHOW VIEWS} ({@code viewsOnly}) [{@code IN namespace}] [[LIKE] 'pattern']. */
public record ShowTables(Optional<List<String>> namespace, Optional<String> pattern, boolean viewsOnly)
    implements Command {
  public ShowTables {
    namespace = namespace.map(List::copyOf);
  }
}
