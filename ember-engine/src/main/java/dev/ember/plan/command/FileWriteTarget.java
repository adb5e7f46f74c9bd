package dev.ember.plan.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where and how rows are written as files: a directory, the file format ({@code parquet}, {@code csv}, {@code json},
 * {@code text}), the save mode, the writer's options (keys in lower case) and the partition columns, whose values
 * name Hive-style {@code column=value} directories instead of being stored in the files. A table's writes (INSERT,
 * CTAS, saveAsTable) name their table's location and provider here.
 */
public record FileWriteTarget(String path, String format, SaveMode mode, Map<String, String> options,
    List<String> partitionColumns) {
  public FileWriteTarget {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mode, "mode");
    TreeMap<String, String> lowerCase = new TreeMap<>();
    options.forEach((key, value) -> lowerCase.put(key.toLowerCase(Locale.ROOT), value));
    options = Map.copyOf(lowerCase);
    partitionColumns = List.copyOf(partitionColumns);
  }

  /** The same target with another save mode. */
  public FileWriteTarget withMode(SaveMode newMode) {
    return new FileWriteTarget(path, format, newMode, options, partitionColumns);
  }
}
