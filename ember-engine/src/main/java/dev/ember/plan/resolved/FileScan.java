package dev.ember.plan.resolved;

import java.util.List;
import java.util.Map;

/**
 * Reads files. {@code sourceColumns} are the columns as DuckDB's reader names them, one per output
 * attribute; each is converted to its attribute's type. CSV columns are read as text and parsed
 * as Spark parses them.
 */
public record FileScan(FileFormat format, List<String> files, Map<String, String> options,
    List<String> sourceColumns, List<Attribute> output) implements ResolvedPlan {
  public FileScan {
    files = List.copyOf(files);
    options = Map.copyOf(options);
    sourceColumns = List.copyOf(sourceColumns);
    output = List.copyOf(output);
    if (sourceColumns.size() != output.size()) {
      throw new IllegalArgumentException("one source column per output attribute");
    }
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
