package dev.ember.sqlgen;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV reader's {@code encoding} (alias {@code charset}): one of the charsets Spark 4.2 accepts
 * ({@code CharsetProvider}), else {@code INVALID_PARAMETER_VALUE.CHARSET}; those DuckDB's reader decodes
 * exactly as Java does are read, the others are refused rather than decoded differently.
 */
final class CsvCharsets {
  private static final List<String> SPARK_CHARSETS =
      List.of("iso-8859-1", "us-ascii", "utf-16", "utf-16be", "utf-16le", "utf-32", "utf-8");

  private CsvCharsets() {
  }

  /** DuckDB's name for the encoding the options ask for. */
  static String duckDbEncoding(Map<String, String> options) {
    String charset = options.getOrDefault("encoding", options.getOrDefault("charset", "UTF-8"));
    String name = charset.toLowerCase(Locale.ROOT);
    if (!SPARK_CHARSETS.contains(name)) {
      String charsets = String.join(", ", SPARK_CHARSETS);
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_PARAMETER_VALUE.CHARSET", "22023",
          "The value of parameter(s) `charset` in `CSVOptions` is invalid: expects one of the " + charsets
              + ", but got " + charset + ".",
          Map.of("parameter", "`charset`", "functionName", "`CSVOptions`", "charsets", charsets, "charset", charset));
    }
    return switch (name) {
      case "utf-8", "us-ascii" -> "utf-8";
      case "iso-8859-1" -> "latin-1";
      default -> throw SparkErrors.unsupportedCall("option(\"encoding\", \"" + charset + "\")", "DataFrameReader",
          "Ember reads CSV files in UTF-8 and ISO-8859-1 only");
    };
  }
}
