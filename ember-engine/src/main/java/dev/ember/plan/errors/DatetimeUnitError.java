package dev.ember.plan.errors;

import java.util.Map;

/** Spark's INVALID_PARAMETER_VALUE.DATETIME_UNIT: a unit of timestampadd / timestampdiff it does not know. */
public final class DatetimeUnitError {
  private static final String UNITS = "YEAR, QUARTER, MONTH, WEEK, DAY, DAYOFYEAR, HOUR, MINUTE, SECOND, "
      + "MILLISECOND, MICROSECOND";

  private DatetimeUnitError() {
  }

  /** {@code invalidValue} as Spark shows it: a string literal quoted, a bare word as written. */
  public static EmberException of(ErrorKind kind, String function, String invalidValue) {
    return new EmberException(kind, "INVALID_PARAMETER_VALUE.DATETIME_UNIT", "22023",
        "The value of parameter(s) `unit` in `" + function + "` is invalid: expects one of the units without "
            + "quotes " + UNITS + ", but got the string literal " + invalidValue + ".",
        Map.of("functionName", "`" + function + "`", "invalidValue", invalidValue, "parameter", "`unit`"));
  }
}
