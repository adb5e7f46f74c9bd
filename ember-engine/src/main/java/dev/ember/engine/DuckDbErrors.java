package dev.ember.engine;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.errors.SparkErrors;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a DuckDB failure into the Spark error a user would have seen; raw DuckDB text never leaks alone. */
final class DuckDbErrors {
  private static final Pattern OVERFLOW = Pattern.compile("Overflow in (addition|subtraction|multiplication|negation) of (INT\\d+|[A-Z]+)");

  private DuckDbErrors() {
  }

  static EmberException translate(SQLException exception, String sql) {
    String message = String.valueOf(exception.getMessage());
    var raised = RaisedError.find(message);
    if (raised.isPresent()) {
      return raised.get().toException();
    }
    Matcher overflow = OVERFLOW.matcher(message);
    if (overflow.find()) {
      String type = overflow.group(2);
      String operation = switch (overflow.group(1)) {
        case "addition" -> "try_add";
        case "subtraction" -> "try_subtract";
        case "multiplication" -> "try_multiply";
        default -> null;
      };
      String overflowMessage = (type.equals("INT64") ? "long" : "integer") + " overflow";
      String alternative = operation == null ? "" : " Use '" + operation + "' to tolerate overflow and return NULL instead.";
      return SparkErrors.arithmeticOverflow(overflowMessage, alternative);
    }
    if (message.contains("INTERRUPT") || message.contains("Interrupted")) {
      return new EmberException(ErrorKind.SPARK, "OPERATION_CANCELED", "HY008",
          "Operation has been canceled.", Map.of());
    }
    return SparkErrors.internal("The DuckDB engine failed: " + message.lines().findFirst().orElse(message)
        + " (while running: " + abbreviate(sql) + ")");
  }

  private static String abbreviate(String sql) {
    return sql.length() <= 500 ? sql : sql.substring(0, 500) + "...";
  }
}
