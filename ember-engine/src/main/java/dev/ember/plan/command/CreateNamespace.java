package dev.ember.plan.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code CREATE DATABASE|SCHEMA|NAMESPACE [IF NOT EXISTS] name [COMMENT c] [LOCATION l] [WITH DBPROPERTIES (...)]}. */
public record CreateNamespace(List<String> nameParts, boolean ifNotExists, Optional<String> comment,
    Optional<String> location, Map<String, String> properties) implements Command {
  public CreateNamespace {
    nameParts = List.copyOf(nameParts);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(location, "location");
    properties = Map.copyOf(properties);
  }
}
