package dev.ember.plan.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads files. {@code sourceColumns} are the columns as DuckDB's reader names them, one per data
 * attribute (the first attributes of {@code output}); each is converted to its attribute's type. The
 * rest of {@code output} are the {@code partitions}' columns, whose values come from directory names.
 * {@code utcTimestamps}: source columns the reader gives as naive timestamps that hold UTC instants
 * (Parquet's INT96, which Spark writes by default and reads as {@code timestamp}). CSV columns are read as text and parsed
 * as Spark parses them. {@code magnitudes}: the largest absolute value of source columns whose
 * values the files' statistics bound (Parquet), for cheaper exact arithmetic.
 */
public record FileScan(FileFormat format, List<String> files, Map<String, String> options,
    List<String> sourceColumns, List<Attribute> output, Map<String, BigDecimal> magnitudes, FilePartitions partitions,
    java.util.Set<String> utcTimestamps) implements ResolvedPlan {
  /** The source column of an attribute the files do not have (a user's schema may name one): its values are null. */
  public static final String ABSENT_COLUMN = "";
  /**
   * The option marking a scan of the file Ember writes for {@code json(Dataset[String])} / {@code csv(...)}: Spark
   * parses such strings without a file scan, so its file scans' checks do not apply.
   */
  public static final String PARSED_STRINGS_OPTION = "ember_parsed_strings";
  /** The option marking a CSV scan whose files DuckDB's reader reads as Spark's does (analyzer.CsvPlainFiles). */
  public static final String DUCKDB_CSV_READER_OPTION = "ember_duckdb_csv_reader";
  /**
   * The option marking a Parquet scan that also gives each row's index in its file, in a column {@code
   * ember_row_index} after the others (for the {@code _metadata} column's row_index).
   */
  public static final String ROW_INDEX_OPTION = "ember_row_index";
  /**
   * The option naming the table an ORC scan reads (DuckDB reads no ORC: the engine loads the files' rows into a
   * table, source columns {@code c0, c1, ...}, then each row's file).
   */
  public static final String ORC_TABLE_OPTION = "ember_orc_table";
  /** The option naming an ORC file that could not be read: the scan fails when it reaches the file's row. */
  public static final String ORC_UNREADABLE_OPTION = "ember_orc_unreadable";

  public FileScan {
    files = List.copyOf(files);
    options = Map.copyOf(options);
    sourceColumns = List.copyOf(sourceColumns);
    output = List.copyOf(output);
    magnitudes = Map.copyOf(magnitudes);
    utcTimestamps = java.util.Set.copyOf(utcTimestamps);
    if (sourceColumns.size() + partitions.columns().size() != output.size()) {
      throw new IllegalArgumentException("one source column per data attribute, then the partition columns");
    }
  }

  /** A scan whose values nothing is known about. */
  public FileScan(FileFormat format, List<String> files, Map<String, String> options, List<String> sourceColumns,
      List<Attribute> output) {
    this(format, files, options, sourceColumns, output, Map.of(), FilePartitions.NONE, java.util.Set.of());
  }

  /** The attributes read from the files' contents (without the partition columns). */
  public List<Attribute> dataOutput() {
    return output.subList(0, sourceColumns.size());
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
