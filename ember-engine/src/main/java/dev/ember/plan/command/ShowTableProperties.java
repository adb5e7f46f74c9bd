package dev.ember.plan.command;

import java.util.List;
import java.util.Optional;

/** {@code SHOW TBLPROPERTIES name [(key)]}. */
public record ShowTableProperties(List<String> nameParts, Optional<String> key) implements Command {
  public ShowTableProperties {
    nameParts = List.copyOf(nameParts);
  }
}
