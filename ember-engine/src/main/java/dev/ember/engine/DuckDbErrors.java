package dev.ember.engine;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.errors.SparkErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a DuckDB failure into the Spark error a user would have seen; raw DuckDB text never leaks alone.
 * DuckDB words a failure "{@code <Kind> Error: <text>}", and the text may quote data or file names:
 * each check reads the kind and the start of the text only, so that no value can pass for an error.
 */
final class DuckDbErrors {
  private static final Pattern OVERFLOW = Pattern.compile(
      "Out of Range Error: Overflow in (addition|subtraction|multiplication|negation) of (INT\\d+|[A-Z]+)");

  /** Only {@code div} divides integers in DuckDB (Spark's {@code /} gives doubles). */
  private static final String DIVISION_OVERFLOW = "Out of Range Error: Overflow in division of ";

  /**
   * The string runs to the first quote (single, or double for a decimal) followed by " to TYPE" and the
   * end of that sentence.
   */
  /** DuckDB past its memory limit with work it cannot spill (e.g. one huge list); the size it asked for. */
  private static final Pattern OUT_OF_MEMORY = Pattern.compile(
      "Out of Memory Error: (?:.*? of size ([0-9.]+) ?(bytes|KiB|MiB|GiB|TiB|KB|MB|GB|TB))?");
  private static final Pattern INVALID_STRING = Pattern.compile(
      "Conversion Error: Could not convert string (['\"])(.*?)\\1 to ([A-Z0-9_]+(?:\\(\\d+,\\d+\\))?)"
          + "(?= when casting| \\(while|\\n|$)", Pattern.DOTALL);

  private static final Pattern DECIMAL_TYPE = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

  private static final Pattern SUM_OVERFLOW = Pattern.compile("[A-Za-z ]+ Error: Type INT128 with value -?\\d+ "
      + "can't be cast because the value is out of range for the destination type INT64");

  /**
   * DuckDB's {@code sum} of decimals accumulates in a 128-bit integer: an overflow of that integer (its kernels' own
   * HUGEINT addition, or a constant column's value times the row count) or a total beyond 38 digits. Scalar arithmetic
   * words its overflows differently ({@link #OVERFLOW}).
   */
  private static final Pattern DECIMAL_SUM_OVERFLOW = Pattern.compile(
      "Out of Range Error: (Overflow in HUGEINT (addition|multiplication): |Overflow in SUM of DECIMAL: )");

  /** A number or decimal cast to a decimal type too narrow for it: Spark's NUMERIC_VALUE_OUT_OF_RANGE naming the value. */
  private static final Pattern DECIMAL_OUT_OF_RANGE = Pattern.compile("Conversion Error: (?:Could not cast value (-?\\d+(?:\\.\\d+)?) "
      + "to DECIMAL\\((\\d+),(\\d+)\\)|Casting value \"(-?\\d+(?:\\.\\d+)?)\" to type DECIMAL\\((\\d+),(\\d+)\\) failed: "
      + "value is out of range!)");

  private static final String INTERRUPTED = "INTERRUPT Error: ";

  /** A scalar subquery that found more than one row (DuckDB fails, as Spark does). */
  private static final String SCALAR_SUBQUERY_TOO_MANY_ROWS =
      "Invalid Input Error: More than one row returned by a subquery used as an expression";

  /**
   * A file that is not Parquet at all (its footer's magic bytes are missing, too short for a footer) or
   * whose footer promises more bytes than it holds: Spark fails to read the file.
   */
  private static final Pattern NOT_PARQUET = Pattern.compile(
      "(?:Invalid Input Error: No magic bytes found at end of file '(.+)'$"
          + "|Invalid Input Error: File '(.+)' too small to be a Parquet file"
          + "|Invalid Input Error: Footer length error in file '(.+)'$"
          + "|IO Error: Could not read enough bytes from file \"(.+?)\": )", Pattern.MULTILINE);

  /**
   * Parquet DuckDB cannot decode (a damaged footer or page header, a column chunk holding more values than its row
   * group has rows, damaged text that is no longer UTF-8, which Spark
   * would read as bytes); the message names no file,
   * so the error names the first Parquet file the query reads ({@link #PARQUET_FILE}).
   */
  private static final Pattern CORRUPT_PARQUET = Pattern.compile(
      "(Invalid Error: |IO Error: .*(Corrupt|corrupt|thrift)|Invalid Input Error: Parquet metadata is corrupt"
          + "|Invalid Input Error: Invalid unicode \\(byte sequence mismatch\\) detected in value construction)");

  /** A Parquet file DuckDB's reader fails on mid-scan (a page it cannot decompress), the file named. */
  private static final Pattern FAILED_PARQUET_READ = Pattern.compile("Invalid Input Error: Failed to read file \"(.+?)\": ");

  /** The first path of Ember's {@code read_parquet([...])}, {@code parquet_metadata([...])} or {@code parquet_schema(...)} call. */
  private static final Pattern PARQUET_FILE = Pattern.compile(
      "(?:read_parquet|parquet_metadata|parquet_schema)\\(\\[?'((?:[^']|'')*)'");

  /**
   * Text DuckDB's CSV and text readers cannot take (what the CSV sniffer refuses, a line its state machine
   * cannot place, bytes that are not UTF-8): the file cannot be read, named by the message or, failing
   * that, as the first file of the query's {@code read_csv([...])} or {@code read_text([...])}.
   */
  private static final Pattern UNREADABLE_TEXT = Pattern.compile("Invalid Input Error: (Error when sniffing file \"(.+?)\""
      + "|read_text: could not read content of file '(.+?)' as valid UTF-8|CSV Error on Line: |"
      + "The CSV Parser state machine reached an invalid state)");

  private static final Pattern TEXT_FILE = Pattern.compile("(?:read_csv|read_text|read_blob)\\(\\['((?:[^']|'')*)'");

  /**
   * A JSON file DuckDB cannot parse, or whose values do not fit the schema's types (multiLine JSON, read by DuckDB's
   * {@code read_json}): the file cannot be read.
   */
  private static final Pattern MALFORMED_JSON = Pattern.compile(
      "Invalid Input Error: (?:Malformed JSON in file \"(.+?)\", at byte \\d+ in (?:line|record/value) \\d+: "
          + "|JSON transform error in file \"(.+?)\", in (?:line|record/value) \\d+: )");

  /** DuckDB's parallel CSV scan stops at a quoted line break, which Spark's reader splits unless multiLine is set. */
  private static final Pattern CSV_QUOTED_LINE_BREAK = Pattern.compile(
      "Parameter Not Allowed Error: CSV Error on Line: \\d+\\s+The parallel scanner does not support null_padding "
          + "in conjunction with quoted new lines");

  private DuckDbErrors() {
  }

  /** Spark's SQL name of a DuckDB physical type in conversion messages. */
  private static String sparkTypeName(String duckDbType) {
    switch (duckDbType) {
      case "INT8": return "TINYINT";
      case "INT16": return "SMALLINT";
      case "INT32": return "INT";
      case "INT64": return "BIGINT";
      case "BOOL": return "BOOLEAN";
      default: return duckDbType;
    }
  }

  /**
   * DuckDB cannot tell a malformed string from a number too wide for the decimal it is cast to; Spark can: a number
   * that needs more integral digits than DECIMAL(p,s) has, once rounded to s places, is NUMERIC_VALUE_OUT_OF_RANGE.
   */
  private static Optional<EmberException> decimalTextOutOfRange(String text, String type) {
    Matcher decimal = DECIMAL_TYPE.matcher(type);
    if (!decimal.matches()) {
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException malformed) {
      return Optional.empty();
    }
    int precision = Integer.parseInt(decimal.group(1));
    int scale = Integer.parseInt(decimal.group(2));
    BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
    if (rounded.precision() - rounded.scale() <= precision - scale) {
      return Optional.empty();
    }
    return Optional.of(RaisedError.numericValueOutOfRange(value.toString(), decimal.group(1), decimal.group(2)));
  }

  /** Whether DuckDB's sum of decimals overflowed (past 38 digits, or 128 bits on the way). */
  static boolean isDecimalSumOverflow(String message) {
    return DECIMAL_SUM_OVERFLOW.matcher(message).lookingAt();
  }

  static EmberException canceled() {
    return new EmberException(ErrorKind.SPARK, "OPERATION_CANCELED", "HY008", "Operation has been canceled.", Map.of());
  }

  static EmberException translate(SQLException exception, String sql) {
    return translate(String.valueOf(exception.getMessage()), sql);
  }

  /** The Spark error for DuckDB's message (from JDBC or from its Arrow stream). */
  static EmberException translate(String message, String sql) {
    UserFunctionFailures.rethrow(message);
    var raised = RaisedError.find(message);
    if (raised.isPresent()) {
      return raised.get();
    }
    if (message.startsWith(SCALAR_SUBQUERY_TOO_MANY_ROWS)) {
      return SparkErrors.scalarSubqueryTooManyRows(false);
    }
    Matcher conversion = INVALID_STRING.matcher(message);
    if (conversion.lookingAt()) {
      Optional<EmberException> outOfRange = decimalTextOutOfRange(conversion.group(2), conversion.group(3));
      return outOfRange.orElseGet(
          () -> SparkErrors.castInvalidInput(conversion.group(2), "STRING", sparkTypeName(conversion.group(3))));
    }
    if (SUM_OVERFLOW.matcher(message).lookingAt()) {
      // sum() of bigints is computed as a 128-bit integer and narrowed to Spark's bigint at the end
      return SparkErrors.arithmeticOverflow("overflow", " Use 'try_add' to tolerate overflow and return NULL instead.");
    }
    Matcher decimalOutOfRange = DECIMAL_OUT_OF_RANGE.matcher(message);
    if (decimalOutOfRange.lookingAt()) {
      int first = decimalOutOfRange.group(1) != null ? 1 : 4;
      // DuckDB writes a double's value with six places; Spark's Decimal of it has no trailing zeros
      String value = decimalOutOfRange.group(first);
      value = first == 1 && value.contains(".") ? value.replaceAll("\\.?0+$", "") : value;
      return RaisedError.numericValueOutOfRange(value, decimalOutOfRange.group(first + 1),
          decimalOutOfRange.group(first + 2));
    }
    if (DECIMAL_SUM_OVERFLOW.matcher(message).lookingAt()) {
      return SparkErrors.arithmeticOverflow("Overflow in sum of decimals",
          " Use 'try_sum' to tolerate overflow and return NULL instead.");
    }
    if (message.startsWith(DIVISION_OVERFLOW)) {
      return SparkErrors.arithmeticOverflow("Overflow in integral divide",
          " Use 'try_divide' to tolerate overflow and return NULL instead.");
    }
    Matcher overflow = OVERFLOW.matcher(message);
    if (overflow.lookingAt()) {
      String operation = switch (overflow.group(1)) {
        case "addition" -> "try_add";
        case "subtraction" -> "try_subtract";
        case "multiplication" -> "try_multiply";
        default -> null;
      };
      String overflowMessage = "overflow";
      String alternative = operation == null ? "" : " Use '" + operation + "' to tolerate overflow and return NULL instead.";
      return SparkErrors.arithmeticOverflow(overflowMessage, alternative);
    }
    Matcher notParquet = NOT_PARQUET.matcher(message);
    if (notParquet.lookingAt()) {
      return RaisedError.failedReadFile(java.util.stream.Stream.of(notParquet.group(1), notParquet.group(2),
          notParquet.group(3), notParquet.group(4)).filter(java.util.Objects::nonNull).findFirst().orElseThrow());
    }
    Optional<String> parquetFile = firstFile(sql, PARQUET_FILE);
    Matcher failedParquetRead = FAILED_PARQUET_READ.matcher(message);
    if (failedParquetRead.lookingAt() && parquetFile.isPresent()) {
      return RaisedError.failedReadFile(failedParquetRead.group(1));
    }
    if (CORRUPT_PARQUET.matcher(message).lookingAt() && parquetFile.isPresent()) {
      return RaisedError.failedReadFile(parquetFile.get());
    }
    Matcher unreadableText = UNREADABLE_TEXT.matcher(message);
    if (unreadableText.lookingAt()) {
      Optional<String> file = Optional.ofNullable(unreadableText.group(2))
          .or(() -> Optional.ofNullable(unreadableText.group(3))).or(() -> firstFile(sql, TEXT_FILE));
      if (file.isPresent()) {
        return RaisedError.failedReadFile(file.get());
      }
    }
    Matcher malformedJson = MALFORMED_JSON.matcher(message);
    if (malformedJson.lookingAt()) {
      return RaisedError.failedReadFile(malformedJson.group(1) != null ? malformedJson.group(1) : malformedJson.group(2));
    }
    if (CSV_QUOTED_LINE_BREAK.matcher(message).lookingAt()) {
      return SparkErrors.unsupportedCall("csv", "DataFrameReader", "A quoted value spans lines. Spark splits such a "
          + "record at the line break unless the option multiLine is true; Ember reads it with multiLine set to true.");
    }
    if (message.startsWith(INTERRUPTED)) {
      return canceled();
    }
    Matcher outOfMemory = OUT_OF_MEMORY.matcher(message);
    if (outOfMemory.lookingAt()) {
      return unableToAcquireMemory(outOfMemory.group(1) == null ? 0
          : bytes(Double.parseDouble(outOfMemory.group(1)), outOfMemory.group(2)));
    }
    return SparkErrors.internal("The DuckDB engine failed: " + message.lines().findFirst().orElse(message)
        + " (while running: " + abbreviate(sql) + ")");
  }

  /**
   * Spark's error when its memory manager cannot grant a request (UNABLE_TO_ACQUIRE_MEMORY, 53200): DuckDB reached its
   * memory limit ({@code spark.ember.duckdb.memoryLimit}) with work it cannot spill.
   */
  static EmberException unableToAcquireMemory(long requestedBytes) {
    return new EmberException(ErrorKind.SPARK, "UNABLE_TO_ACQUIRE_MEMORY", "53200",
        "Unable to acquire " + requestedBytes + " bytes of memory, got 0.",
        Map.of("requestedBytes", Long.toString(requestedBytes), "receivedBytes", "0"));
  }

  private static long bytes(double size, String unit) {
    long factor = switch (unit) {
      case "KiB" -> 1L << 10;
      case "MiB" -> 1L << 20;
      case "GiB" -> 1L << 30;
      case "TiB" -> 1L << 40;
      case "KB" -> 1_000L;
      case "MB" -> 1_000_000L;
      case "GB" -> 1_000_000_000L;
      case "TB" -> 1_000_000_000_000L;
      default -> 1L;
    };
    return Math.round(size * factor);
  }

  /** The first path of a reader call of Ember's query ({@link #PARQUET_FILE}, {@link #TEXT_FILE}), unquoted. */
  private static Optional<String> firstFile(String sql, Pattern readerCall) {
    Matcher matcher = readerCall.matcher(sql);
    return matcher.find() ? Optional.of(matcher.group(1).replace("''", "'")) : Optional.empty();
  }

  /** The generated SQL as an internal error quotes it: 500 characters, or the system property {@code ember.errors.sqlLength}. */
  private static String abbreviate(String sql) {
    int length = Integer.getInteger("ember.errors.sqlLength", 500);
    return sql.length() <= length ? sql : sql.substring(0, length) + "...";
  }
}
