package dev.ember.plan.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER SCHEMA name SET [DB]PROPERTIES (...)}, {@code ALTER SCHEMA name SET LOCATION 'path'} and
 * {@code COMMENT ON SCHEMA name IS 'text' | NULL}: the database's properties added to, its location or its comment
 * replaced ({@code comment} empty inside for NULL).
 */
public record AlterNamespace(List<String> nameParts, Map<String, String> properties, Optional<String> location,
    Optional<Optional<String>> comment) implements Command {
  public AlterNamespace {
    nameParts = List.copyOf(nameParts);
    properties = Map.copyOf(properties);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(comment, "comment");
  }
}
