package dev.ember.plan.errors;

import java.util.Map;

/** Spark's run-time errors of the TIME type's functions. */
final class TimeErrors {
  private TimeErrors() {
  }

  /** make_time's fields (java.time's message) or a count of the day out of range. */
  static EmberException fieldOutOfBounds(String rangeMessage) {
    return new EmberException(ErrorKind.DATE_TIME, "DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION", "22023",
        rangeMessage + ".", Map.of("rangeMessage", rangeMessage));
  }

  /** time_trunc / time_diff of a unit other than HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND. */
  static EmberException invalidUnit(String function, String unit) {
    String value = "'" + unit + "'";
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_PARAMETER_VALUE.TIME_UNIT", "22023",
        "The value of parameter(s) `unit` in `" + function + "` is invalid: expects one of 'HOUR', 'MINUTE', "
            + "'SECOND', 'MILLISECOND', 'MICROSECOND', but got " + value + ".",
        Map.of("functionName", "`" + function + "`", "parameter", "`unit`", "invalidValue", value));
  }

  /** to_time of a string its format does not read. */
  static EmberException cannotParse(String input, String format) {
    return new EmberException(ErrorKind.DATE_TIME, "CANNOT_PARSE_TIME", "22010",
        "The input string '" + input + "' cannot be parsed to a TIME value because it does not match to the "
            + "datetime format '" + format + "'.", Map.of("input", "'" + input + "'", "format", "'" + format + "'"));
  }

  /** A TIME plus an interval outside the day. */
  static EmberException overflow(String operation) {
    return new EmberException(ErrorKind.ARITHMETIC, "DATETIME_OVERFLOW", "22008",
        "Datetime operation overflow: " + operation + ".", Map.of("operation", operation));
  }
}
