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

  /** to_number of text that does not match its format. */
  static EmberException numberFormatMismatch(String inputType, String input, String format) {
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_FORMAT.MISMATCH_INPUT", "42601",
        "The format is invalid: " + format + ". The input " + inputType + " " + input + " does not match the format.",
        Map.of("inputType", inputType, "input", input, "format", format));
  }

  /** A number format Spark's check refuses (to_number, to_char), quoted as Spark quotes it: upper case. */
  public static EmberException invalidNumberFormat(String subCondition, String format, String token) {
    String quoted = "'" + format.replace("\\", "\\\\").replace("'", "\\'") + "'";
    String detail = switch (subCondition) {
      case "CONT_THOUSANDS_SEPS" -> "Thousands separators (, or G) must have digits in between them in the number format.";
      case "CUR_MUST_BEFORE_DEC" -> "Currency characters must appear before any decimal point in the number format.";
      case "CUR_MUST_BEFORE_DIGIT" -> "Currency characters must appear before digits in the number format.";
      case "EMPTY" -> "The number format string cannot be empty.";
      case "THOUSANDS_SEPS_MUST_BEFORE_DEC" ->
          "Thousands separators (, or G) may not appear after the decimal point in the number format.";
      case "UNEXPECTED_TOKEN" -> "Found the unexpected " + token + " in the format string; the structure of the format "
          + "string must match: `[MI|S]` `[$]` `[0|9|G|,]*` `[.|D]` `[0|9]*` `[$]` `[PR|MI|S]`.";
      case "WRONG_NUM_DIGIT" -> "The format string requires at least one number digit.";
      case "WRONG_NUM_TOKEN" -> "At most one " + token + " is allowed in the number format.";
      default -> throw new IllegalArgumentException(subCondition);
    };
    Map<String, String> parameters = token == null ? Map.of("format", quoted) : Map.of("format", quoted, "token", token);
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_FORMAT." + subCondition, "42601",
        "The format is invalid: " + quoted + ". " + detail, parameters);
  }
}
