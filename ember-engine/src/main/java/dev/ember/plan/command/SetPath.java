package dev.ember.plan.command;

import java.util.List;

/**
 * {@code SET PATH = element, ...}: the session's SQL path, the namespaces an unqualified function or relation name is
 * looked up in, in order.
 */
public record SetPath(List<PathElement> elements) implements Command {
  public SetPath {
    elements = List.copyOf(elements);
  }

  /** One element of a SET PATH list, before its shortcuts are expanded. */
  public sealed interface PathElement {
    /** {@code DEFAULT_PATH}: {@code spark.sql.defaultPath}, or Spark's default path. */
    record DefaultPath() implements PathElement {
    }

    /** {@code SYSTEM_PATH}: {@code system.builtin}. */
    record SystemPath() implements PathElement {
    }

    /** {@code PATH}: the session's current path. */
    record CurrentPath() implements PathElement {
    }

    /** {@code CURRENT_SCHEMA} or {@code CURRENT_DATABASE}: whatever schema is current when a name is looked up. */
    record CurrentSchema() implements PathElement {
    }

    /** A namespace ({@code catalog.schema}), its parts as written. */
    record Namespace(List<String> parts) implements PathElement {
      public Namespace {
        parts = List.copyOf(parts);
      }
    }
  }
}
