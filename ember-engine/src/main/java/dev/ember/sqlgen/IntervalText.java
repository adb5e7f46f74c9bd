package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An interval as Spark writes it (cast to string), in SQL: the computation of
 * {@link dev.ember.plan.types.IntervalFormat} on the DuckDB value (microseconds, months or INTERVAL).
 */
final class IntervalText {
  private static final long[] MICROS_PER_FIELD = {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L};

  private IntervalText() {
  }

  /** The text of a non-NULL interval value. */
  static SqlExpression of(SqlExpression value, DataType type) {
    if (type instanceof DayTimeIntervalType dayTime) {
      return dayTime(value, dayTime);
    }
    if (type instanceof YearMonthIntervalType yearMonth) {
      return yearMonth(value, yearMonth);
    }
    return calendar(value);
  }

  private static SqlExpression dayTime(SqlExpression micros, DayTimeIntervalType type) {
    String fields = (type.startField() == type.endField() ? DayTimeIntervalType.fieldName(type.startField())
        : DayTimeIntervalType.fieldName(type.startField()) + " to " + DayTimeIntervalType.fieldName(type.endField()))
        .toUpperCase(Locale.ROOT);
    SqlExpression body = SqlLet.bind(SqlCall.of("abs", new SqlCast(micros, "HUGEINT", false)), rest -> {
      List<SqlExpression> parts = new ArrayList<>();
      parts.add(new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", micros, number(0)), text("-"))),
          text("")));
      for (int field = type.startField(); field <= type.endField(); field++) {
        SqlExpression remainder = field == type.startField() ? rest
            : SqlOperator.infix("%", rest, number(MICROS_PER_FIELD[field - 1]));
        if (field > type.startField()) {
          parts.add(text(field == DayTimeIntervalType.HOUR ? " " : ":"));
        }
        if (field == DayTimeIntervalType.SECOND) {
          parts.add(seconds(remainder));
        } else {
          SqlExpression count = SqlOperator.infix("//", remainder, number(MICROS_PER_FIELD[field]));
          parts.add(field == DayTimeIntervalType.DAY ? new SqlCast(count, "VARCHAR", false) : twoDigits(count));
        }
      }
      return new SqlCall("concat", parts, false);
    });
    return concat(text("INTERVAL '"), body, text("' " + fields));
  }

  /** Seconds with their fraction, trailing zeros dropped, at least two digits before the point. */
  private static SqlExpression seconds(SqlExpression micros) {
    return SqlLet.bind(micros, rest -> {
      SqlExpression whole = new SqlCast(SqlOperator.infix("//", rest, number(1_000_000)), "VARCHAR", false);
      SqlExpression fraction = SqlCall.of("rtrim", SqlCall.of("lpad", new SqlCast(SqlOperator.infix("%", rest,
          number(1_000_000)), "VARCHAR", false), new SqlLiteral(6, AtomicType.INTEGER), text("0")), text("0"));
      SqlExpression lead = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", rest, number(10_000_000)),
          text("0"))), text(""));
      SqlExpression point = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", fraction, text("")),
          text(""))), SqlOperator.infix("||", text("."), fraction));
      return concat(lead, whole, point);
    });
  }

  /** At least two digits (DuckDB's lpad would cut longer text). */
  private static SqlExpression twoDigits(SqlExpression count) {
    return SqlLet.bind(count, n -> new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", n, number(10)),
        SqlOperator.infix("||", text("0"), new SqlCast(n, "VARCHAR", false)))), new SqlCast(n, "VARCHAR", false)));
  }

  private static SqlExpression yearMonth(SqlExpression months, YearMonthIntervalType type) {
    SqlExpression sign = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", months, number(0)), text("-"))),
        text(""));
    SqlExpression absolute = SqlCall.of("abs", new SqlCast(months, "BIGINT", false));
    SqlExpression year = concat(sign, new SqlCast(SqlOperator.infix("//", absolute, number(12)), "VARCHAR", false));
    if (type.startField() != type.endField()) {
      return concat(text("INTERVAL '"), year, text("-"), new SqlCast(SqlOperator.infix("%", absolute, number(12)),
          "VARCHAR", false), text("' YEAR TO MONTH"));
    }
    return type.startField() == YearMonthIntervalType.YEAR ? concat(text("INTERVAL '"), year, text("' YEAR"))
        : concat(text("INTERVAL '"), new SqlCast(months, "VARCHAR", false), text("' MONTH"));
  }

  /** CalendarInterval.toString: non-zero units, seconds with their fraction; {@code 0 seconds} for zero. */
  private static SqlExpression calendar(SqlExpression interval) {
    return SqlLet.bind(interval, v -> {
      SqlExpression months = months(v);
      SqlExpression micros = microseconds(v);
      SqlExpression seconds = SqlOperator.infix("%", micros, number(60_000_000));
      List<SqlExpression> units = List.of(
          unit(SqlOperator.infix("//", months, number(12)), "years"),
          unit(SqlOperator.infix("%", months, number(12)), "months"),
          unit(part("day", v), "days"),
          unit(SqlOperator.infix("//", micros, number(3_600_000_000L)), "hours"),
          unit(SqlOperator.infix("//", SqlOperator.infix("%", micros, number(3_600_000_000L)), number(60_000_000)),
              "minutes"),
          new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", seconds, number(0)), text(""))),
              concat(signedSeconds(seconds), text(" seconds "))));
      SqlExpression joined = SqlCall.of("rtrim", new SqlCall("concat", units, false), text(" "));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", joined, text("")), text("0 seconds"))),
          joined);
    });
  }

  /** A DuckDB INTERVAL's months (DuckDB splits them into years and months of the year). */
  static SqlExpression months(SqlExpression interval) {
    return SqlOperator.infix("+", SqlOperator.infix("*", part("year", interval), number(12)), part("month", interval));
  }

  static SqlExpression days(SqlExpression interval) {
    return part("day", interval);
  }

  /** A DuckDB INTERVAL's microseconds (DuckDB splits them into hours, minutes and microseconds of the minute). */
  static SqlExpression microseconds(SqlExpression interval) {
    return SqlOperator.infix("+", SqlOperator.infix("+",
        SqlOperator.infix("*", part("hour", interval), number(3_600_000_000L)),
        SqlOperator.infix("*", part("minute", interval), number(60_000_000L))), part("microseconds", interval));
  }

  private static SqlExpression part(String name, SqlExpression interval) {
    return new SqlCast(SqlCall.of("datepart", text(name), interval), "BIGINT", false);
  }

  private static SqlExpression signedSeconds(SqlExpression micros) {
    return SqlLet.bind(micros, rest -> {
      SqlExpression absolute = SqlCall.of("abs", rest);
      SqlExpression fraction = SqlCall.of("rtrim", SqlCall.of("lpad", new SqlCast(SqlOperator.infix("%", absolute,
          number(1_000_000)), "VARCHAR", false), new SqlLiteral(6, AtomicType.INTEGER), text("0")), text("0"));
      SqlExpression sign = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", rest, number(0)), text("-"))),
          text(""));
      SqlExpression point = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", fraction, text("")),
          text(""))), SqlOperator.infix("||", text("."), fraction));
      return concat(sign, new SqlCast(SqlOperator.infix("//", absolute, number(1_000_000)), "VARCHAR", false), point);
    });
  }

  /** {@code n unit } when n is not zero (Java's remainder and division: truncating, as DuckDB's on integers). */
  private static SqlExpression unit(SqlExpression count, String name) {
    return SqlLet.bind(count, n -> new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", n, number(0)),
        text(""))), concat(new SqlCast(n, "VARCHAR", false), text(" " + name + " "))));
  }

  private static SqlExpression concat(SqlExpression... parts) {
    return new SqlCall("concat", List.of(parts), false);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  private static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
