package dev.ember.plan.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code CREATE TABLE [IF NOT EXISTS] target LIKE source [USING provider] [LOCATION path] [TBLPROPERTIES (...)]}. */
public record CreateTableLike(List<String> target, List<String> source, boolean ifNotExists, Optional<String> provider,
    Optional<String> location, Map<String, String> properties) implements Command {
  public CreateTableLike {
    target = List.copyOf(target);
    source = List.copyOf(source);
    properties = Map.copyOf(properties);
  }
}
