package dev.ember.plan.errors;

import dev.ember.plan.types.IntervalFields;
import java.util.Map;

/** Spark's errors about intervals: unreadable strings, overflow, division by zero. */
public final class IntervalErrors {
  private IntervalErrors() {
  }

  /** A string cast to an ANSI interval type that has neither of the type's syntaxes. */
  public static EmberException unmatchedFormat(String typeName, String input) {
    String kind = IntervalFields.kind(typeName);
    String formats = IntervalFields.supportedFormat(typeName);
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_INTERVAL_FORMAT.UNMATCHED_FORMAT_STRING_WITH_NOTICE",
        "22006", "Error parsing '" + input + "' to interval. Interval string does not match " + kind + " format of "
            + formats + " when cast to " + typeName + ": " + input + ". Set \"spark.sql.legacy.fromDayTimeString.enabled\""
            + " to \"true\" to restore the behavior before Spark 3.0.",
        Map.of("input", input, "intervalStr", kind, "supportedFormat", formats, "typeName", typeName));
  }

  /** INTERVAL_ARITHMETIC_OVERFLOW, with the try_ function to suggest or none. */
  public static EmberException arithmeticOverflow(String suggestedFunction) {
    if (suggestedFunction == null || suggestedFunction.isEmpty()) {
      return new EmberException(ErrorKind.ARITHMETIC, "INTERVAL_ARITHMETIC_OVERFLOW.WITHOUT_SUGGESTION", "22015",
          "Integer overflow while operating with intervals.", Map.of());
    }
    return new EmberException(ErrorKind.ARITHMETIC, "INTERVAL_ARITHMETIC_OVERFLOW.WITH_SUGGESTION", "22015",
        "Integer overflow while operating with intervals. Use `" + suggestedFunction
            + "` to tolerate overflow and return NULL instead.", Map.of("functionName", "`" + suggestedFunction + "`"));
  }

  public static EmberException dividedByZero() {
    return new EmberException(ErrorKind.ARITHMETIC, "INTERVAL_DIVIDED_BY_ZERO", "22012",
        "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.", Map.of());
  }
}
