package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.TimeType;
import java.util.List;

/**
 * {@code + -} of a date or timestamp and a value that is neither a string, NULL, an interval nor a datetime (a number,
 * a boolean, binary...), as Spark's BinaryArithmeticWithDatetimeResolver rewrites them: {@code date + n} and
 * {@code n + date} are {@code date_add(date, n)}, {@code date - n} is {@code date_sub(date, n)}, a difference with a
 * timestamp is SubtractTimestamps and {@code n - date} is SubtractDates; each then checks its inputs' types
 * ({@code date + 1.5} needs an INT day count, {@code 1 - date} a DATE on the left).
 */
final class DateNumberArithmetic {
  private static final String TIMESTAMP_TYPES = "\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\"";

  private DateNumberArithmetic() {
  }

  /** Whether Spark's datetime rewrite takes the operation with a non-datetime operand beside a datetime. */
  static boolean applies(String function, DataType left, DataType right) {
    return switch (function) {
      case "add" -> left == AtomicType.DATE && other(right) || right == AtomicType.DATE && other(left);
      case "subtract" -> isTimestamp(left) && other(right) || isTimestamp(right) && other(left)
          || left == AtomicType.DATE && other(right) || right == AtomicType.DATE && other(left);
      default -> false;
    };
  }

  /** Spark's name of the rewritten operation: the date first in {@code date_add} / {@code date_sub}. */
  static String name(String function, String operator, DataType left, List<String> names) {
    if (function.equals("add")) {
      return left == AtomicType.DATE ? "date_add(" + names.get(0) + ", " + names.get(1) + ")"
          : "date_add(" + names.get(1) + ", " + names.get(0) + ")";
    }
    return left == AtomicType.DATE ? "date_sub(" + names.get(0) + ", " + names.get(1) + ")"
        : "(" + names.get(0) + " " + operator + " " + names.get(1) + ")";
  }

  static BoundExpression bind(String function, String pretty, BoundExpression left, BoundExpression right,
      List<String> sql) {
    DataType l = left.dataType();
    DataType r = right.dataType();
    if (function.equals("add")) {
      boolean dateFirst = l == AtomicType.DATE;
      List<BoundExpression> arguments = dateFirst ? List.of(left, right) : List.of(right, left);
      List<String> argumentSql = dateFirst ? sql : List.of(sql.get(1), sql.get(0));
      return call("date_add", arguments, argumentSql);
    }
    if (isTimestamp(l) || isTimestamp(r)) {
      int wrong = isTimestamp(l) ? 1 : 0;
      throw InputChecks.unexpectedType(pretty, wrong, sql.get(wrong), wrong == 0 ? l : r, TIMESTAMP_TYPES);
    }
    if (r == AtomicType.DATE) {
      // SubtractDates(l, date) needs a date on the left too
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), l, "\"DATE\"");
    }
    return call("date_sub", List.of(left, right), sql);
  }

  private static BoundExpression call(String name, List<BoundExpression> arguments, List<String> sql) {
    String pretty = name + "(" + InputChecks.unquoted(sql.get(0)) + ", " + InputChecks.unquoted(sql.get(1)) + ")";
    return FunctionRegistry.lookup(name).orElseThrow().binder().bind(pretty, arguments, sql);
  }

  /** An operand the rewrite takes as the day count (or finds wrong): not text, NULL, an interval or a datetime. */
  private static boolean other(DataType type) {
    return type != AtomicType.STRING && type != AtomicType.NULL && !type.isAnsiInterval()
        && type != AtomicType.CALENDAR_INTERVAL && type != AtomicType.DATE && !isTimestamp(type)
        && !(type instanceof TimeType);
  }

  private static boolean isTimestamp(DataType type) {
    return type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ;
  }
}
