package dev.ember.plan.errors;

import java.util.List;
import java.util.Map;

/** Spark's run-time errors of the string, binary and time zone functions that generated SQL raises. */
public final class FunctionErrors {
  /** The charsets encode and decode accept, as Spark lists them. */
  public static final String CHARSETS = "iso-8859-1, us-ascii, utf-16, utf-16be, utf-16le, utf-32, utf-8";

  private FunctionErrors() {
  }

  static EmberException invalidTimezone(String zone) {
    return new EmberException(ErrorKind.DATE_TIME, "INVALID_TIMEZONE", "22009",
        "The timezone: " + zone + " is invalid. The timezone must be either a region-based zone ID or "
            + "a zone offset. Region IDs must have the form 'area/city', such as 'America/Los_Angeles'. Zone "
            + "offsets must be in the format '(+|-)HH', '(+|-)HH:mm' or '(+|-)HH:mm:ss', e.g '-08', '+01:00' or "
            + "'-13:33:33', and must be in the range from -18:00 to +18:00. 'Z' and 'UTC' are accepted as synonyms "
            + "for '+00:00'.", Map.of("timeZone", zone));
  }

  /** make_timestamp of fields that name no timestamp, with java.time's complaint. */
  static EmberException invalidTimestamp(List<String> fields) {
    String range = ParseFailures.invalidTimestamp(fields);
    return new EmberException(ErrorKind.DATE_TIME, "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION", "22023",
        range + ". If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        Map.of("rangeMessage", range, "ansiConfig", "\"spark.sql.ansi.enabled\""));
  }

  /** to_binary of text that is not in its format; the value is quoted as Spark's toSQLValue does. */
  static EmberException conversionInvalidInput(String value, String format, String suggestion) {
    String text = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    String quotedFormat = "'" + format + "'";
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "CONVERSION_INVALID_INPUT", "22018",
        "The value " + text + " (" + quotedFormat + ") cannot be converted to \"BINARY\" because it is malformed. "
            + "Correct the value as per the syntax, or change its format. Use `" + suggestion
            + "` to tolerate malformed input and return NULL instead.",
        Map.of("str", text, "fmt", quotedFormat, "targetType", "\"BINARY\"", "suggestion", "`" + suggestion + "`"));
  }

  static EmberException malformedCharacterCoding(String function, String charset) {
    return new EmberException(ErrorKind.RUNTIME, "MALFORMED_CHARACTER_CODING", "22000",
        "Invalid value found when performing `" + function + "` with " + charset,
        Map.of("function", "`" + function + "`", "charset", charset));
  }

  static EmberException invalidCharset(String function, String charset) {
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_PARAMETER_VALUE.CHARSET", "22023",
        "The value of parameter(s) `charset` in `" + function + "` is invalid: expects one of the " + CHARSETS
            + ", but got " + charset + ".",
        Map.of("parameter", "`charset`", "functionName", "`" + function + "`", "charsets", CHARSETS,
            "charset", charset));
  }
}
