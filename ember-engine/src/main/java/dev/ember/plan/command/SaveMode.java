package dev.ember.plan.command;

import java.util.Locale;
import java.util.Optional;

/** What a write does when its destination already holds data: Spark's {@code SaveMode}. */
public enum SaveMode {
  /** Adds the new files beside the existing ones. */
  APPEND,
  /** Replaces the existing data (all of it, or the partitions written when partition overwrite is dynamic). */
  OVERWRITE,
  /** Spark's default: fails with PATH_ALREADY_EXISTS when the destination exists. */
  ERROR_IF_EXISTS,
  /** Writes nothing when the destination exists. */
  IGNORE;

  /** The mode a user names ({@code "append"}, {@code "error"}, {@code "errorifexists"}, ...), as Spark reads it. */
  public static Optional<SaveMode> of(String name) {
    return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
      case "append" -> APPEND;
      case "overwrite" -> OVERWRITE;
      case "error", "errorifexists", "default" -> ERROR_IF_EXISTS;
      case "ignore" -> IGNORE;
      default -> null;
    });
  }
}
