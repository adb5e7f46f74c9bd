package dev.ember.plan.errors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark runtime errors that generated SQL raises itself with DuckDB's {@code error(text)} (for
 * checks DuckDB does not make, such as division by zero). The text carries a marker and the
 * error's arguments, which the engine turns back into the Spark error. Arguments come in one of
 * three forms: known when the SQL is generated ({@link #marker(String...)}, base64url in
 * parentheses), or computed by the SQL at run time — text fields between
 * {@link #PAYLOAD_BOUNDARY}s separated by {@link #FIELD_SEPARATOR}, each the base64 of its UTF-8 bytes (DuckDB's
 * Java driver mangles characters outside the BMP in an error's text, and a field may hold the separators
 * themselves), or numbers after {@link #ARGUMENT_SEPARATOR}s.
 */
public enum RaisedError {
  DIVIDE_BY_ZERO,
  REMAINDER_BY_ZERO,
  /** Arguments: function name, group count, group index. */
  REGEX_GROUP_INDEX,
  /** Arguments: function name, parameter name, pattern. */
  INVALID_REGEX_PATTERN,
  /** Run-time arguments: the index, the array size. */
  INVALID_ARRAY_INDEX,
  /** Payload: the target type's SQL name, the string. */
  CAST_INVALID_INPUT,
  /** Payload: the try_ function Spark suggests, the Spark pattern, the string. */
  CANNOT_PARSE_TIMESTAMP,
  /** Payload: the Spark pattern, the string only the legacy parser reads (timeParserPolicy EXCEPTION). */
  PARSE_DATETIME_BY_NEW_PARSER,
  /** Payload: year, month, day. */
  INVALID_DATE,
  /** Payload: the day-of-week text. */
  ILLEGAL_DAY_OF_WEEK,
  /** Payload: the file with the malformed record (CSV mode FAILFAST). */
  FAILED_READ_FILE,
  /** Run-time arguments: the index, the array size. */
  INVALID_ARRAY_INDEX_IN_ELEMENT_AT,
  INVALID_INDEX_OF_ZERO,
  NULL_MAP_KEY,
  /** Run-time argument: the key's text, base64-encoded (DuckDB's {@code to_base64}). */
  DUPLICATED_MAP_KEY,
  /** Argument: the function name. */
  INVALID_START_OF_ZERO,
  /** Argument: the function name; run-time argument: the length. */
  NEGATIVE_LENGTH,
  /** Payload: the value as Spark writes it, the source and the target type (quoted SQL names). */
  CAST_OVERFLOW,
  /** Payload: the message of {@code raise_error}. */
  USER_RAISED_EXCEPTION,
  /** Run-time arguments: start, stop and step of a sequence whose step does not lead from start to stop. */
  SEQUENCE_BOUNDARIES,
  /** map_from_arrays of a key array and a value array of different lengths. */
  MAP_ARRAYS_LENGTH,
  /** Payload: the function name, the position, the number of bits. */
  BIT_POSITION_RANGE,
  /** Payload: the URL parse_url could not read. */
  INVALID_URL,
  /** Payload: bytes that are no UTF-8, each written {@code \xHH}. */
  INVALID_UTF8_STRING,
  /** Payload: the text url_decode could not decode. */
  CANNOT_DECODE_URL,
  /** Arguments: the function name (encode or decode), the charset Spark does not know. */
  INVALID_CHARSET,
  /** Argument: the time zone Spark cannot read. */
  INVALID_TIMEZONE,
  /** Payload: year, month, day, hour, minute, second of a timestamp that does not exist. */
  INVALID_TIMESTAMP,
  /** Arguments: the seconds as written (60 with a fraction). */
  INVALID_FRACTION_OF_SECOND,
  /** Payload: the message of a plain java.lang.IllegalArgumentException (java.util.Base64's complaints). */
  ILLEGAL_ARGUMENT,
  /** Payload: the string, the format Spark names (upper case), the function to suggest. */
  CONVERSION_INVALID_INPUT,
  /** Arguments: the function (encode or decode), the charset as the caller spelled it. */
  MALFORMED_CHARACTER_CODING,
  /** Payload: the interval type's simple name, the string that does not have its syntax. */
  INVALID_INTERVAL_FORMAT,
  /** Argument: the try_ function Spark suggests, or nothing. */
  INTERVAL_ARITHMETIC_OVERFLOW,
  INTERVAL_DIVIDED_BY_ZERO,
  /** A calendar interval with a time part added to a date (ANSI). */
  INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION,
  /** ARITHMETIC_OVERFLOW without an alternative (make_interval); payload: the message, "overflow" by default. */
  ARITHMETIC_OVERFLOW,
  /** Argument: the message of a plain java.lang.ArithmeticException (Math.multiplyExact's "long overflow"). */
  JAVA_ARITHMETIC,
  /** Payload: the value as Spark's Decimal writes it, the precision and scale it does not fit (a sum of decimals). */
  NUMERIC_VALUE_OUT_OF_RANGE,
  /** conv of a number beyond 64 bits (ANSI). */
  CONV_OVERFLOW,
  /** Payload: the input's type (quoted SQL name), the input, the format as written. */
  INVALID_NUMBER_FORMAT,
  /** Payload: the key's length in bytes. */
  AES_KEY_LENGTH,
  /** Payload: the mode and padding as given. */
  AES_MODE,
  /** Payload: the mode as given (ECB takes no IV). */
  AES_MODE_IV,
  /** Payload: the mode as given (only GCM takes additional authenticated data). */
  AES_MODE_AAD,
  /** Payload: the mode as given, the IV's length in bytes. */
  AES_IV_LENGTH,
  /** Payload: javax.crypto's message. */
  AES_CRYPTO_ERROR,
  /** Arguments: the frequency expression as Spark writes it, the negative value. */
  NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION,
  /** Run-time argument: the bit position outside a bitmap. */
  INVALID_BITMAP_POSITION,
  /** Payload: the partly parsed record as Spark prints it (from_csv FAILFAST). */
  MALFORMED_RECORD_IN_PARSING,
  /** Arguments: the variant value as JSON, the target type as Spark's SQL type ({@code "INT"}). */
  INVALID_VARIANT_CAST,
  /** Arguments: the path as written, the function's name. */
  INVALID_VARIANT_GET_PATH,
  /** Arguments: the function, the mode. */
  PARSE_MODE_UNSUPPORTED,
  /** Arguments: the message of Spark's RuntimeException (xpath: an invalid path or document; no error class). */
  XPATH_FAILURE,
  /** Payload: the message of {@code raise_error} under spark.sql.legacy.raiseErrorWithoutErrorClass (a plain RuntimeException). */
  USER_RAISED_LEGACY,
  /** Arguments: the function, the two vectors' dimensions. */
  VECTOR_DIMENSION_MISMATCH,
  /** Arguments: the function, the degree as Java writes the float. */
  INVALID_VECTOR_NORM_DEGREE,
  /** Payload: java.time's or Spark's message about a time of day out of range. */
  TIME_FIELD_OUT_OF_BOUNDS,
  /** Argument: the function; payload: the unit as given. */
  TIME_UNIT,
  /** Payload: the string, the format. */
  CANNOT_PARSE_TIME,
  /** Payload: the operation as Spark words it ({@code add INTERVAL ... to the time value TIME '...'}). */
  TIME_OVERFLOW,
  /** Arguments: the error class of a sketch function's failure, then its parameters' names and values. */
  SKETCH,
  /** Argument: the level limit a recursive CTE reached. */
  RECURSION_LEVEL_LIMIT_EXCEEDED,
  /** Argument: the row limit a recursive CTE passed. */
  RECURSION_ROW_LIMIT_EXCEEDED,
  /** Arguments: the SRID. */
  ST_INVALID_SRID_VALUE,
  /** Arguments: Spark's WKB reader's message, the byte position. */
  WKB_PARSE_ERROR,
  /** Arguments: the byte order as given. */
  ST_INVALID_ENDIANNESS_VALUE,
  /** Argument: the length of the CHAR or VARCHAR column a longer value was written to. */
  EXCEED_LIMIT_LENGTH,
  /** Payload: the target type's SQL name, the number as Spark writes it (NaN, Infinity), its type's SQL name. */
  CAST_INVALID_NUMBER;


  private static final String PREFIX = "EMBER_RAISE:";
  /** How DuckDB words the failure of {@code error(text)}: this, then the text, and nothing else. */
  private static final String DUCKDB_RAISE = "Invalid Input Error: ";
  /** Opens and closes a run-time text payload; separates its fields. Neither appears in Spark patterns or dates. */
  public static final String PAYLOAD_BOUNDARY = "\u001E";
  public static final String FIELD_SEPARATOR = "\u001F";
  /** Separates run-time numeric arguments the generated SQL appends to a marker. */
  public static final String ARGUMENT_SEPARATOR = "|";
  private static final Pattern MARKER = Pattern.compile(Pattern.quote(DUCKDB_RAISE + PREFIX) + "([A-Z_][A-Z0-9_]*)"
      + "(?:\\(([A-Za-z0-9_=-]*)\\))?"
      + "(?:" + PAYLOAD_BOUNDARY + "(.*?)" + PAYLOAD_BOUNDARY + ")?"
      + "((?:\\|[A-Za-z0-9+/=-]*)*)\\s*", Pattern.DOTALL);

  /** The text to pass to DuckDB's {@code error()}, with arguments known when the SQL is generated. */
  public String marker(String... arguments) {
    if (arguments.length == 0) {
      return PREFIX + name();
    }
    String joined = String.join(FIELD_SEPARATOR, arguments);
    return PREFIX + name() + "("
        + Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8)) + ")";
  }

  /** The run-time payload of text fields computed in Java (a function DuckDB calls), to follow {@link #marker}. */
  public static String payload(String... fields) {
    StringBuilder text = new StringBuilder(PAYLOAD_BOUNDARY);
    for (int i = 0; i < fields.length; i++) {
      text.append(i == 0 ? "" : FIELD_SEPARATOR)
          .append(Base64.getEncoder().encodeToString(fields[i].getBytes(StandardCharsets.UTF_8)));
    }
    return text.append(PAYLOAD_BOUNDARY).toString();
  }

  public EmberException toException(List<String> arguments) {
    return switch (this) {
      case DIVIDE_BY_ZERO -> SparkErrors.divideByZero();
      case REMAINDER_BY_ZERO -> SparkErrors.remainderByZero();
      case REGEX_GROUP_INDEX -> SparkErrors.regexGroupIndex(arguments.get(0), Integer.parseInt(arguments.get(1)),
          Integer.parseInt(arguments.get(2)));
      case INVALID_REGEX_PATTERN -> SparkErrors.invalidRegexPattern(arguments.get(0), arguments.get(1),
          arguments.get(2));
      case INVALID_ARRAY_INDEX -> SparkErrors.invalidArrayIndex(arguments.get(0), arguments.get(1));
      // a number that cannot be read is Spark's SparkNumberFormatException, a date or time its SparkDateTimeException
      case CAST_INVALID_INPUT -> SparkErrors.castInvalidInput(arguments.get(0).matches("DATE|TIME.*")
          ? ErrorKind.DATE_TIME : ErrorKind.NUMBER_FORMAT, arguments.get(1), "STRING", arguments.get(0));
      case CANNOT_PARSE_TIMESTAMP -> new EmberException(ErrorKind.DATE_TIME, "CANNOT_PARSE_TIMESTAMP", "22007",
          ParseFailures.message(arguments.get(1), arguments.get(2)) + ". Use `" + arguments.get(0)
              + "` to tolerate invalid input string and return NULL instead.",
          Map.of("message", ParseFailures.message(arguments.get(1), arguments.get(2)),
              "func", "`" + arguments.get(0) + "`"));
      case PARSE_DATETIME_BY_NEW_PARSER -> {
        String datetime = "'" + arguments.get(1) + "'";
        EmberException upgrade = new EmberException(ErrorKind.UPGRADE,
            "INCONSISTENT_BEHAVIOR_CROSS_VERSION.PARSE_DATETIME_BY_NEW_PARSER", "42K0B", "You may get a different "
                + "result due to the upgrading to Spark >= 3.0:\nFail to parse " + datetime + " in the new parser.\n"
                + "You can set \"spark.sql.legacy.timeParserPolicy\" to \"LEGACY\" to restore the behavior before "
                + "Spark 3.0, or set to \"CORRECTED\" and treat it as an invalid datetime string.",
            Map.of("datetime", datetime, "config", "\"spark.sql.legacy.timeParserPolicy\""));
        upgrade.initCause(new java.time.DateTimeException(ParseFailures.message(arguments.get(0), arguments.get(1))));
        yield upgrade;
      }
      case INVALID_DATE -> {
        String range = ParseFailures.invalidDate(arguments.get(0), arguments.get(1), arguments.get(2));
        yield new EmberException(ErrorKind.DATE_TIME, "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION", "22023",
            range + ". If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
            Map.of("rangeMessage", range, "ansiConfig", "\"spark.sql.ansi.enabled\""));
      }
      case FAILED_READ_FILE -> failedReadFile(arguments.get(0));
      case ILLEGAL_DAY_OF_WEEK -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "ILLEGAL_DAY_OF_WEEK", "22009",
          "Illegal input for day of week: " + arguments.get(0) + ".", Map.of("string", arguments.get(0)));
      case INVALID_ARRAY_INDEX_IN_ELEMENT_AT -> CollectionErrors.invalidElementAtIndex(arguments.get(0),
          arguments.get(1));
      case INVALID_INDEX_OF_ZERO -> CollectionErrors.invalidIndexOfZero();
      case NULL_MAP_KEY -> CollectionErrors.nullMapKey();
      case DUPLICATED_MAP_KEY -> CollectionErrors.duplicatedMapKey(
          new String(Base64.getDecoder().decode(arguments.get(0)), StandardCharsets.UTF_8));
      case INVALID_START_OF_ZERO -> CollectionErrors.invalidStart(arguments.get(0));
      case NEGATIVE_LENGTH -> CollectionErrors.negativeLength(arguments.get(0), arguments.get(1));
      case BIT_POSITION_RANGE -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT,
          "INVALID_PARAMETER_VALUE.BIT_POSITION_RANGE", "22023", "The value of parameter(s) `pos` in `"
              + arguments.get(0) + "` is invalid: expects an integer value in [0, " + arguments.get(2)
              + "), but got " + arguments.get(1) + ".",
          Map.of("parameter", "`pos`", "functionName", "`" + arguments.get(0) + "`", "invalidValue", arguments.get(1),
              "upper", arguments.get(2)));
      case INVALID_UTF8_STRING -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_UTF8_STRING", "22029",
          "Invalid UTF8 byte sequence found in string: " + arguments.get(0) + ".", Map.of("str", arguments.get(0)));
      case INVALID_URL -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_URL", "22P02",
          "The url is invalid: " + arguments.get(0) + ". Use `try_parse_url` to tolerate invalid URL and return NULL"
              + " instead.", Map.of("url", arguments.get(0)));
      case CANNOT_DECODE_URL -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "CANNOT_DECODE_URL", "22546",
          "The provided URL cannot be decoded: " + arguments.get(0) + ". Please ensure that the URL is properly"
              + " formatted and try again.", Map.of("url", arguments.get(0)));
      case USER_RAISED_EXCEPTION -> new EmberException(ErrorKind.RUNTIME, "USER_RAISED_EXCEPTION", "P0001",
          arguments.get(0), java.util.Map.of("errorMessage", arguments.get(0)));
      case CAST_OVERFLOW -> new EmberException(ErrorKind.ARITHMETIC, "CAST_OVERFLOW", "22003",
          "The value " + arguments.get(0) + " of the type " + arguments.get(1) + " cannot be cast to "
              + arguments.get(2) + " due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
          java.util.Map.of("value", arguments.get(0), "sourceType", arguments.get(1), "targetType", arguments.get(2),
              "ansiConfig", "\"spark.sql.ansi.enabled\""));
      case SEQUENCE_BOUNDARIES -> CollectionErrors.sequenceBoundaries(arguments.get(0), arguments.get(1),
          arguments.get(2));
      case MAP_ARRAYS_LENGTH -> CollectionErrors.mapArraysLength();
      case INVALID_TIMEZONE -> FunctionErrors.invalidTimezone(arguments.get(0));
      case INVALID_TIMESTAMP -> FunctionErrors.invalidTimestamp(arguments.subList(0, 6));
      case INVALID_FRACTION_OF_SECOND -> new EmberException(ErrorKind.DATE_TIME, "INVALID_FRACTION_OF_SECOND", "22023",
          "Valid range for seconds is [0, 60] (inclusive), but the provided value is " + arguments.get(0) + ". To avoid "
              + "this error, use `try_make_timestamp`, which returns NULL on error. If you do not want to use the session "
              + "default timestamp version of this function, use `try_make_timestamp_ntz` or `try_make_timestamp_ltz`.",
          java.util.Map.of("secAndMicros", arguments.get(0)));
      case ILLEGAL_ARGUMENT -> EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, arguments.get(0));
      case CONVERSION_INVALID_INPUT -> FunctionErrors.conversionInvalidInput(arguments.get(0), arguments.get(1),
          arguments.get(2));
      case MALFORMED_CHARACTER_CODING -> FunctionErrors.malformedCharacterCoding(arguments.get(0), arguments.get(1));
      case INVALID_CHARSET -> FunctionErrors.invalidCharset(arguments.get(0), arguments.get(1));
      case INTERVAL_ARITHMETIC_OVERFLOW -> IntervalErrors.arithmeticOverflow(arguments.isEmpty() ? "" : arguments.get(0));
      case INTERVAL_DIVIDED_BY_ZERO -> IntervalErrors.dividedByZero();
      case INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT,
          "INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION", "22006", "Cannot add an interval to a date because its "
              + "microseconds part is not 0. To resolve this, cast the input date to a timestamp, which supports the "
              + "addition of intervals with non-zero microseconds.", Map.of());
      case ARITHMETIC_OVERFLOW -> SparkErrors.arithmeticOverflow(
          arguments.isEmpty() || arguments.get(0).isEmpty() ? "overflow" : arguments.get(0), "");
      case JAVA_ARITHMETIC -> EmberException.withoutErrorClass(ErrorKind.JAVA_ARITHMETIC, arguments.get(0));
      case INVALID_INTERVAL_FORMAT -> IntervalErrors.unmatchedFormat(arguments.get(0), arguments.get(1));
      case CONV_OVERFLOW -> SparkErrors.arithmeticOverflow("Overflow in function conv()", "");
      case RECURSION_LEVEL_LIMIT_EXCEEDED -> new EmberException(ErrorKind.SPARK, "RECURSION_LEVEL_LIMIT_EXCEEDED",
          "42836", "Recursion level limit " + arguments.get(0) + " reached but query has not exhausted, try "
              + "increasing it like 'WITH RECURSIVE t(col) MAX RECURSION LEVEL 200'.",
          Map.of("levelLimit", arguments.get(0)));
      case RECURSION_ROW_LIMIT_EXCEEDED -> new EmberException(ErrorKind.SPARK, "RECURSION_ROW_LIMIT_EXCEEDED",
          "42836", "Recursion row limit " + arguments.get(0) + " reached but query has not exhausted, try setting a "
              + "larger LIMIT value when querying the CTE relation.", Map.of("rowLimit", arguments.get(0)));
      case NUMERIC_VALUE_OUT_OF_RANGE -> numericValueOutOfRange(arguments.get(0), arguments.get(1), arguments.get(2));
      case AES_KEY_LENGTH -> CryptoErrors.keyLength(arguments.get(0));
      case AES_MODE -> CryptoErrors.unsupportedMode(arguments.get(0), arguments.get(1));
      case AES_MODE_IV -> CryptoErrors.unsupportedModeFeature("AES_MODE_IV", arguments.get(0),
          "does not support initialization vectors (IVs).");
      case AES_MODE_AAD -> CryptoErrors.unsupportedModeFeature("AES_MODE_AAD", arguments.get(0),
          "does not support additional authenticate data (AAD).");
      case AES_IV_LENGTH -> CryptoErrors.ivLength(arguments.get(0), arguments.get(1));
      case AES_CRYPTO_ERROR -> CryptoErrors.cryptoError(arguments.get(0));
      case NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION -> new EmberException(ErrorKind.ILLEGAL_ARGUMENT,
          "NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION", "22003", "Found the negative value in " + arguments.get(0)
              + ": " + arguments.get(1) + ", but expected a positive integral value.",
          Map.of("frequencyExpression", arguments.get(0), "negativeValue", arguments.get(1)));
      case INVALID_BITMAP_POSITION -> new EmberException(ErrorKind.ARRAY_INDEX_OUT_OF_BOUNDS, "INVALID_BITMAP_POSITION",
          "22003", "The 0-indexed bitmap position " + arguments.get(0) + " is out of bounds. The bitmap has 32768 bits"
              + " (4096 bytes).", Map.of("bitPosition", arguments.get(0), "bitmapNumBytes", "4096",
              "bitmapNumBits", "32768"));
      case SKETCH -> SketchErrors.of(arguments);
      case ST_INVALID_SRID_VALUE -> SpatialErrors.invalidSrid(arguments.get(0));
      case WKB_PARSE_ERROR -> SpatialErrors.wkbParseError(arguments.get(0), arguments.get(1));
      case ST_INVALID_ENDIANNESS_VALUE -> SpatialErrors.invalidEndianness(arguments.get(0));
      case CAST_INVALID_NUMBER -> SparkErrors.castInvalidNumber(arguments.get(1), arguments.get(2), arguments.get(0));
      case EXCEED_LIMIT_LENGTH -> new EmberException(ErrorKind.RUNTIME, "EXCEED_LIMIT_LENGTH", "54006",
          "Exceeds char/varchar type length limitation: " + arguments.get(0) + ".", Map.of("limit", arguments.get(0)));
      case VECTOR_DIMENSION_MISMATCH -> new EmberException(ErrorKind.RUNTIME, "VECTOR_DIMENSION_MISMATCH", "22000",
          "Vectors passed to `" + arguments.get(0) + "` must have the same dimension, but got " + arguments.get(1)
              + " and " + arguments.get(2) + ".", Map.of("functionName", "`" + arguments.get(0) + "`",
              "leftDim", arguments.get(1), "rightDim", arguments.get(2)));
      case INVALID_VECTOR_NORM_DEGREE -> new EmberException(ErrorKind.RUNTIME, "INVALID_VECTOR_NORM_DEGREE", "22023",
          "Invalid degree " + arguments.get(1) + " for `" + arguments.get(0) + "`. Supported values are 1.0, 2.0 and "
              + "float('inf').", Map.of("functionName", "`" + arguments.get(0) + "`", "degree", arguments.get(1)));
      case XPATH_FAILURE -> EmberException.withoutErrorClass(ErrorKind.JAVA_RUNTIME, arguments.get(0));
      case USER_RAISED_LEGACY -> EmberException.withoutErrorClass(ErrorKind.JAVA_RUNTIME, arguments.get(0));
      case PARSE_MODE_UNSUPPORTED -> new EmberException(ErrorKind.ANALYSIS, "PARSE_MODE_UNSUPPORTED", "42601",
          "The function `" + arguments.get(0) + "` doesn't support the " + arguments.get(1) + " mode. Acceptable "
              + "modes are PERMISSIVE and FAILFAST.", Map.of("funcName", "`" + arguments.get(0) + "`",
              "mode", arguments.get(1)));
      case INVALID_VARIANT_GET_PATH -> new EmberException(ErrorKind.RUNTIME, "INVALID_VARIANT_GET_PATH", "22023",
          "The path `" + arguments.get(0) + "` is not a valid variant extraction path in `" + arguments.get(1) + "`. "
              + "A valid path should start with `$` and is followed by zero or more segments like `[123]`, `.name`, "
              + "`['name']`, or `[\"name\"]`.", Map.of("path", arguments.get(0), "functionName",
              "`" + arguments.get(1) + "`"));
      case INVALID_VARIANT_CAST -> new EmberException(ErrorKind.RUNTIME, "INVALID_VARIANT_CAST", "22023",
          "The variant value `" + arguments.get(0) + "` cannot be cast into `" + arguments.get(1) + "`. Please use "
              + "`try_variant_get` instead.", Map.of("value", arguments.get(0), "dataType", arguments.get(1)));
      case MALFORMED_RECORD_IN_PARSING -> new EmberException(ErrorKind.SPARK,
          "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", "22023", "Malformed records are detected in record "
              + "parsing: " + arguments.get(0) + ". Parse Mode: FAILFAST. To process malformed records as null "
              + "result, try setting the option 'mode' as 'PERMISSIVE'.",
          Map.of("badRecord", arguments.get(0), "failFastMode", "FAILFAST"));
      case TIME_FIELD_OUT_OF_BOUNDS -> TimeErrors.fieldOutOfBounds(arguments.get(0));
      case TIME_UNIT -> TimeErrors.invalidUnit(arguments.get(0), arguments.get(1));
      case CANNOT_PARSE_TIME -> TimeErrors.cannotParse(arguments.get(0), arguments.get(1));
      case TIME_OVERFLOW -> TimeErrors.overflow(arguments.get(0));
      case INVALID_NUMBER_FORMAT -> FunctionErrors.numberFormatMismatch(arguments.get(0), arguments.get(1),
          arguments.get(2));
    };
  }

  /**
   * The Spark error an engine error message stands for, when the message is Ember's own raise: the
   * whole message is DuckDB's wording of {@code error(marker)}. A marker anywhere else — in data a
   * failed cast quotes, in a file name — is not Ember's and raises nothing.
   */
  /** Spark's ANSI error for a decimal value that does not fit {@code DECIMAL(precision, scale)}. */
  public static EmberException numericValueOutOfRange(String value, String precision, String scale) {
    return new EmberException(ErrorKind.ARITHMETIC, "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION", "22003", " " + value
        + " cannot be represented as Decimal(" + precision + ", " + scale + "). If necessary set \"spark.sql.ansi.enabled\""
        + " to \"false\" to bypass this error, and return NULL instead.", Map.of("value", value, "precision", precision,
        "scale", scale, "config", "\"spark.sql.ansi.enabled\""));
  }

  /** Spark's error for a file it could not read, named by its local path. */
  public static EmberException failedReadFile(String path) {
    return new EmberException(ErrorKind.SPARK, "FAILED_READ_FILE.NO_HINT", "KD001",
        "Encountered error while reading file file://" + path + ".", Map.of("path", "file://" + path));
  }

  public static Optional<EmberException> find(String engineMessage) {
    if (engineMessage == null) {
      return Optional.empty();
    }
    Matcher matcher = MARKER.matcher(engineMessage);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    RaisedError error;
    try {
      error = valueOf(matcher.group(1));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    List<String> arguments = new ArrayList<>();
    if (matcher.group(2) != null) {
      String joined = new String(Base64.getUrlDecoder().decode(matcher.group(2)), StandardCharsets.UTF_8);
      arguments.addAll(Arrays.asList(joined.split(FIELD_SEPARATOR, -1)));
    }
    if (matcher.group(3) != null) {
      for (String field : matcher.group(3).split(FIELD_SEPARATOR, -1)) {
        arguments.add(new String(Base64.getMimeDecoder().decode(field), StandardCharsets.UTF_8));
      }
    }
    if (!matcher.group(4).isEmpty()) {
      arguments.addAll(Arrays.asList(matcher.group(4).substring(1).split("\\|", -1)));
    }
    return Optional.of(error.toException(arguments));
  }
}
