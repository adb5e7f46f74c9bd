package dev.ember.plan.resolved;

import java.util.Locale;
import java.util.Optional;

/** The file formats {@code spark.read()} supports. */
public enum FileFormat {
  CSV, PARQUET, JSON, TEXT, ORC;

  public static Optional<FileFormat> of(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
