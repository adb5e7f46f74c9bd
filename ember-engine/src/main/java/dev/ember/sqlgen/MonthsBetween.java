package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.number;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.sqlgen.tree.SqlExpression;
import java.util.List;

/**
 * Spark's months_between: whole months when both days of month are equal or both are month ends,
 * otherwise the month difference plus the remaining time over 31-day months, on wall-clock times in
 * the session time zone; rounded to 8 digits unless roundOff is false.
 */
final class MonthsBetween {
  private MonthsBetween() {
  }

  static SqlExpression render(List<SqlExpression> args) {
    SqlExpression first = cast(args.get(0), "TIMESTAMP");
    SqlExpression second = cast(args.get(1), "TIMESTAMP");
    SqlExpression months = infix("-", monthNumber(first), monthNumber(second));
    SqlExpression sameDay = infix("=", call("day", first), call("day", second));
    SqlExpression bothMonthEnds = infix("AND", isMonthEnd(first), isMonthEnd(second));
    SqlExpression seconds = infix("+", infix("*", infix("-", call("day", first), call("day", second)), number(86400)),
        infix("-", secondOfDay(first), secondOfDay(second)));
    SqlExpression exact = infix("+", cast(months, "DOUBLE"), infix("/", cast(seconds, "DOUBLE"),
        cast(number(31 * 86400), "DOUBLE")));
    // Java's Math.round: floor(x + 0.5)
    SqlExpression rounded = infix("/", call("floor", infix("+", infix("*", exact, cast(number(100_000_000), "DOUBLE")),
        cast(DatetimeSql.text("0.5"), "DOUBLE"))), cast(number(100_000_000), "DOUBLE"));
    SqlExpression fractional = when(args.get(2), rounded, exact);
    return when(infix("OR", sameDay, bothMonthEnds), cast(months, "DOUBLE"), fractional);
  }

  private static SqlExpression monthNumber(SqlExpression time) {
    return infix("+", infix("*", call("year", time), number(12)), call("month", time));
  }

  private static SqlExpression isMonthEnd(SqlExpression time) {
    return infix("=", cast(time, "DATE"), call("last_day", time));
  }

  private static SqlExpression secondOfDay(SqlExpression time) {
    return infix("+", infix("+", infix("*", call("hour", time), number(3600)), infix("*", call("minute", time),
        number(60))), call("second", time));
  }
}
