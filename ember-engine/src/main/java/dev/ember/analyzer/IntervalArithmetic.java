package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.List;
import java.util.Optional;

/**
 * {@code + - * /} where an interval or two datetimes take part, as Spark's BinaryArithmeticWithDatetimeResolver
 * rewrites them (ANSI): datetime plus or minus an interval, the difference of two timestamps or dates, intervals
 * added to intervals of their kind, and intervals multiplied or divided by numbers.
 */
final class IntervalArithmetic {
  private static final String TIMESTAMP_TYPES = "\"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\"";

  private IntervalArithmetic() {
  }

  /** Whether Spark's datetime rewrite takes the operation (else it is ordinary arithmetic). */
  static boolean applies(String function, DataType left, DataType right) {
    boolean interval = isInterval(left) || isInterval(right);
    return switch (function) {
      case "add" -> interval || nullInterval(left, right) || nullInterval(right, left)
          || left == AtomicType.DATE && right == AtomicType.STRING
          || left == AtomicType.STRING && right == AtomicType.DATE;
      case "subtract" -> interval || isTimestamp(left) || isTimestamp(right)
          || right == AtomicType.DATE && (left == AtomicType.DATE || textOrNull(left))
          || left == AtomicType.DATE && textOrNull(right);
      case "multiply", "divide" -> interval;
      default -> false;
    };
  }

  /** The datetime-side operand first when an interval is added to a datetime (Spark writes {@code ts + i}). */
  static boolean swapsOperands(String function, DataType left, DataType right) {
    return function.equals("add") && nullInterval(right, left)
        || function.equals("add") && isInterval(left) && !isInterval(right) && right != AtomicType.NULL
        && !yearMonthWithoutDatetime(function, left, right)
        || function.equals("multiply") && isInterval(right) && !isInterval(left);
  }

  /** Whether Spark names the rewritten operation {@code l op r} without parentheses (TimeAdd, DatetimeSub, ...). */
  /** Date plus a day interval: Spark's DateAdd of the interval's days. */
  static boolean addsDays(String function, DataType left, DataType right) {
    return (function.equals("add") || function.equals("subtract")) && left == AtomicType.DATE && isDayInterval(right)
        || function.equals("add") && right == AtomicType.DATE && isDayInterval(left);
  }

  static boolean unparenthesized(String function, DataType left, DataType right) {
    DataType datetime = swapsOperands(function, left, right) ? right : left;
    DataType interval = datetime == left ? right : left;
    boolean stringTime = datetime == AtomicType.STRING
        && (interval instanceof DayTimeIntervalType || interval == AtomicType.CALENDAR_INTERVAL);
    return (function.equals("add") || function.equals("subtract"))
        && (isDatetime(datetime) && isInterval(interval) || stringTime)
        || function.equals("add") && nullInterval(datetime, interval)
        && !(datetime == AtomicType.DATE && isDayInterval(interval));
  }

  static BoundExpression bind(String function, String pretty, BoundExpression left, BoundExpression right,
      List<String> sql) {
    DataType l = left.dataType();
    DataType r = right.dataType();
    boolean nullable = left.nullable() || right.nullable();
    if (yearMonthWithoutDatetime(function, l, r) || function.equals("divide") && !isInterval(l)) {
      // Spark's datetime rewrite leaves the operation alone; its operands then have no common type
      throw ArithmeticFunctions.differentOperandTypes(pretty, l, r);
    }
    if (function.equals("add") && (nullInterval(l, r) || nullInterval(r, l))) {
      // Spark reads the NULL as an interval added to the datetime: a NULL timestamp
      DataType datetime = l == AtomicType.NULL ? r : l;
      return dev.ember.plan.expressions.Literal.nullOf(datetime == AtomicType.TIMESTAMP_NTZ ? datetime
          : AtomicType.TIMESTAMP);
    }
    if (function.equals("add") && (l == AtomicType.DATE || r == AtomicType.DATE)
        && (l == AtomicType.STRING || r == AtomicType.STRING)) {
      // Spark's DateAdd(date, text) refuses the text's other operand as the day count
      String first = InputChecks.unquoted(sql.get(0));
      String second = InputChecks.unquoted(sql.get(1));
      throw InputChecks.unexpectedType("date_add(" + first + ", " + second + ")", 1, second, AtomicType.DATE,
          "(\"INT\" or \"SMALLINT\" or \"TINYINT\")");
    }
    if (function.equals("add") && isInterval(l) && !isInterval(r) && r != AtomicType.NULL) {
      return bind(function, pretty, right, left, List.of(sql.get(1), sql.get(0)));
    }
    if (function.equals("multiply") && isInterval(r) && !isInterval(l)) {
      return bind(function, pretty, right, left, List.of(sql.get(1), sql.get(0)));
    }
    if (function.equals("multiply") || function.equals("divide")) {
      if (r == AtomicType.STRING) {
        // Spark's Multiply/DivideInterval take a number: a string is cast to a double
        return bind(function, pretty, left, TypeCoercion.castTo(right, AtomicType.DOUBLE), sql);
      }
      if (!r.isNumeric() && r != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, "second", sql.get(1), r, "\"NUMERIC\"");
      }
      // Spark's Multiply/DivideDTInterval and YMInterval give the family's widest type (day to second, year to month)
      DataType result = l instanceof dev.ember.plan.types.DayTimeIntervalType ? dev.ember.plan.types.DayTimeIntervalType.DEFAULT
          : l instanceof dev.ember.plan.types.YearMonthIntervalType ? dev.ember.plan.types.YearMonthIntervalType.DEFAULT : l;
      return new Call("interval_" + function, List.of(left, right), result, nullable);
    }
    if (isInterval(l) && (isInterval(r) || r == AtomicType.NULL) || l == AtomicType.NULL && isInterval(r)) {
      Optional<DataType> common = commonInterval(l, r);
      if (common.isEmpty() && function.equals("add")) {
        // Spark's TimeAdd takes the day-time (or calendar) interval as the amount, the other as the timestamp
        boolean dayTimeLeft = l instanceof DayTimeIntervalType || l == AtomicType.CALENDAR_INTERVAL;
        throw notATimestamp(dayTimeLeft ? right : left, dayTimeLeft ? left : right,
            dayTimeLeft ? List.of(sql.get(1), sql.get(0)) : sql);
      }
      if (common.isEmpty() && (r instanceof DayTimeIntervalType || r == AtomicType.CALENDAR_INTERVAL)) {
        // Spark's DatetimeSub(l, r, TimeAdd(l, -r)) finds no timestamp on its left
        throw notATimestamp(left, right, List.of(sql.get(0), "(- " + sql.get(1) + ")"));
      }
      if (common.isEmpty()) {
        throw ArithmeticFunctions.differentOperandTypes(pretty, l, r);
      }
      return new Call("interval_" + function, List.of(TypeCoercion.castTo(left, common.get()),
          TypeCoercion.castTo(right, common.get())), common.get(), nullable);
    }
    if (function.equals("subtract") && !isInterval(r)) {
      boolean textMinusDate = l == AtomicType.STRING && r == AtomicType.DATE;
      if (!TypeCoercion.ansi() && (l == AtomicType.STRING || r == AtomicType.STRING) && !textMinusDate) {
        // without ANSI Spark's SubtractTimestamps takes no text, nor does date - text (a date_sub of a double); its
        // SubtractDates(text, date) reads the text as a date
        int text = l == AtomicType.STRING ? 0 : 1;
        DataType other = text == 0 ? r : l;
        throw InputChecks.unexpectedType(pretty, text, InputChecks.unquoted(sql.get(text)), AtomicType.STRING,
            other == AtomicType.DATE ? "\"DATE\"" : TIMESTAMP_TYPES);
      }
      return difference(pretty, left, right, nullable);
    }
    BoundExpression interval = function.equals("subtract") ? negated(right, r) : right;
    if (l == AtomicType.DATE && r instanceof YearMonthIntervalType) {
      return new Call("date_add_months", List.of(left, interval), AtomicType.DATE, nullable);
    }
    if (isTimestamp(l) && r instanceof YearMonthIntervalType) {
      return new Call("timestamp_add_months", List.of(left, interval), l, nullable);
    }
    if (l == AtomicType.DATE && isDayInterval(r)) {
      return new Call("date_add_days", List.of(left, interval), AtomicType.DATE, nullable);
    }
    if (l == AtomicType.DATE && r instanceof DayTimeIntervalType) {
      return new Call("timestamp_add_micros", List.of(TypeCoercion.castTo(left, AtomicType.TIMESTAMP), interval),
          AtomicType.TIMESTAMP, nullable);
    }
    if (isTimestamp(l) && r instanceof DayTimeIntervalType) {
      return new Call("timestamp_add_micros", List.of(left, interval), l, nullable);
    }
    if (isTimestamp(l) && r == AtomicType.CALENDAR_INTERVAL) {
      return new Call("timestamp_add_calendar", List.of(left, interval), l, nullable);
    }
    if (l == AtomicType.DATE && r == AtomicType.CALENDAR_INTERVAL) {
      // Spark's DateAddInterval: a date; with ANSI a time part of the interval is an error, without it the date of
      // the instant the interval leads to
      return new Call(TypeCoercion.ansi() ? "date_add_calendar" : "date_add_calendar_legacy",
          List.of(left, interval), AtomicType.DATE, nullable);
    }
    if (l == AtomicType.STRING && (r instanceof DayTimeIntervalType || r == AtomicType.CALENDAR_INTERVAL)) {
      // Spark's Cast(TimeAdd(l, r), STRING): the string is read as a timestamp, the sum written back as a string
      BoundExpression sum = bind("add", pretty, TypeCoercion.castTo(left, AtomicType.TIMESTAMP), interval,
          List.of(sql.get(0), sql.get(1)));
      return TypeCoercion.castTo(sum, AtomicType.STRING);
    }
    // Spark's TimeAdd(r, l) then finds no timestamp on its left
    throw notATimestamp(left, right, sql);
  }

  /** A year-month interval added to (or subtracted from, or subtracting) anything but a datetime or an interval. */
  private static boolean yearMonthWithoutDatetime(String function, DataType left, DataType right) {
    if (!function.equals("add") && !function.equals("subtract")) {
      return false;
    }
    return left instanceof YearMonthIntervalType && !isDatetime(right) && !isInterval(right)
        && right != AtomicType.NULL
        || right instanceof YearMonthIntervalType && !isDatetime(left) && !isInterval(left) && left != AtomicType.NULL;
  }

  private static RuntimeException notATimestamp(BoundExpression time, BoundExpression interval, List<String> sql) {
    return InputChecks.unexpectedType(sql.get(0) + " + " + sql.get(1), "first", sql.get(0), time.dataType(),
        TIMESTAMP_TYPES);
  }

  /** timestamp - timestamp (microseconds) and date - date (days), as day-time intervals. */
  private static BoundExpression difference(String pretty, BoundExpression left, BoundExpression right,
      boolean nullable) {
    if (left.dataType() == AtomicType.DATE && right.dataType() == AtomicType.DATE) {
      return new Call("date_difference", List.of(left, right), new DayTimeIntervalType(DayTimeIntervalType.DAY,
          DayTimeIntervalType.DAY), nullable);
    }
    if (left.dataType() == AtomicType.DATE && textOrNull(right.dataType())
        || right.dataType() == AtomicType.DATE && textOrNull(left.dataType())) {
      // Spark's SubtractDates reads a text (or NULL) beside a date as a date
      // nullable as Spark's: a text might not read as a date
      return difference(pretty, TypeCoercion.castTo(left, AtomicType.DATE), TypeCoercion.castTo(right, AtomicType.DATE),
          true);
    }
    Optional<DataType> common = TypeCoercion.commonType(left.dataType(), right.dataType())
        .filter(IntervalArithmetic::isDatetime);
    if (common.isEmpty()) {
      throw ArithmeticFunctions.differentOperandTypes(pretty, left.dataType(), right.dataType());
    }
    DataType type = common.get() == AtomicType.DATE ? AtomicType.TIMESTAMP : common.get();
    return new Call("timestamp_difference", List.of(TypeCoercion.castTo(left, type), TypeCoercion.castTo(right, type)),
        DayTimeIntervalType.DEFAULT, nullable);
  }

  /** Two intervals of one kind meet at the widest fields; a NULL takes the other side's type. */
  static Optional<DataType> commonInterval(DataType left, DataType right) {
    if (left == AtomicType.NULL) {
      return Optional.of(right);
    }
    if (right == AtomicType.NULL || left.equals(right)) {
      return Optional.of(left);
    }
    if (left instanceof DayTimeIntervalType a && right instanceof DayTimeIntervalType b) {
      return Optional.of(new DayTimeIntervalType(Math.min(a.startField(), b.startField()),
          Math.max(a.endField(), b.endField())));
    }
    if (left instanceof YearMonthIntervalType a && right instanceof YearMonthIntervalType b) {
      return Optional.of(new YearMonthIntervalType(Math.min(a.startField(), b.startField()),
          Math.max(a.endField(), b.endField())));
    }
    return Optional.empty();
  }

  private static boolean textOrNull(DataType type) {
    return type == AtomicType.STRING || type == AtomicType.NULL;
  }

  /** A NULL beside a datetime in an addition, which Spark reads as an interval. */
  private static boolean nullInterval(DataType datetime, DataType other) {
    return isDatetime(datetime) && other == AtomicType.NULL;
  }

  static boolean isInterval(DataType type) {
    return type.isAnsiInterval() || type == AtomicType.CALENDAR_INTERVAL;
  }

  private static boolean isDayInterval(DataType type) {
    return type instanceof DayTimeIntervalType dayTime && dayTime.startField() == DayTimeIntervalType.DAY
        && dayTime.endField() == DayTimeIntervalType.DAY;
  }

  private static boolean isTimestamp(DataType type) {
    return type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ;
  }

  private static boolean isDatetime(DataType type) {
    return isTimestamp(type) || type == AtomicType.DATE;
  }

  /**
   * {@code -interval}; a literal negated here, as Spark's constant folding does, so that {@code date '1998-12-01' -
   * interval '90' day} stays a constant DuckDB folds (and pushes into a scan's filter) rather than a check per row.
   * The smallest value has no opposite: its negation fails when it runs, as Spark's.
   */
  private static BoundExpression negated(BoundExpression interval, DataType type) {
    if (interval instanceof Literal literal && literal.value() instanceof java.time.Duration duration
        && duration.compareTo(java.time.Duration.of(Long.MIN_VALUE, java.time.temporal.ChronoUnit.MICROS)) > 0) {
      return new Literal(duration.negated(), type);
    }
    if (interval instanceof Literal literal && literal.value() instanceof java.time.Period period
        && period.toTotalMonths() > Integer.MIN_VALUE) {
      return new Literal(period.negated(), type);
    }
    return new Call("negative", List.of(interval), type, interval.nullable());
  }
}
