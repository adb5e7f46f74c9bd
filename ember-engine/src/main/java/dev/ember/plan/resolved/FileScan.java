package dev.ember.plan.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads files. {@code sourceColumns} are the columns as DuckDB's reader names them, one per output
 * attribute; each is converted to its attribute's type. CSV columns are read as text and parsed
 * as Spark parses them. {@code magnitudes}: the largest absolute value of source columns whose
 * values the files' statistics bound (Parquet), for cheaper exact arithmetic.
 */
public record FileScan(FileFormat format, List<String> files, Map<String, String> options,
    List<String> sourceColumns, List<Attribute> output, Map<String, BigDecimal> magnitudes) implements ResolvedPlan {
  public FileScan {
    files = List.copyOf(files);
    options = Map.copyOf(options);
    sourceColumns = List.copyOf(sourceColumns);
    output = List.copyOf(output);
    magnitudes = Map.copyOf(magnitudes);
    if (sourceColumns.size() != output.size()) {
      throw new IllegalArgumentException("one source column per output attribute");
    }
  }

  /** A scan whose values nothing is known about. */
  public FileScan(FileFormat format, List<String> files, Map<String, String> options, List<String> sourceColumns,
      List<Attribute> output) {
    this(format, files, options, sourceColumns, output, Map.of());
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
