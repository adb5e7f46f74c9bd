package dev.ember.cli.shell;

/** How the shell prints a result. */
public enum OutputFormat {
  /** As Spark's {@code spark-sql}: tab-separated values, no header (unless spark.sql.cli.print.header). */
  TSV,
  /** RFC 4180 CSV with a header line. */
  CSV,
  /** One JSON object per row (JSON Lines), as {@code Dataset.toJSON}. */
  JSON,
  /** A table as {@code Dataset.show()} draws it (20 characters a cell at most). */
  TABLE
}
