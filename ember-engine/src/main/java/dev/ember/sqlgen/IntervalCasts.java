package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.IntervalFields;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.Optional;

/**
 * Casts involving intervals: to strings (Spark's text), from strings (Spark's two syntaxes per type, e.g.
 * {@code 1 02:03:04.5} and {@code INTERVAL '1 02:03:04.5' DAY TO SECOND}), between interval types (truncated to
 * the target's last field) and, by {@link IntervalNumberCasts}, between intervals and numbers.
 */
final class IntervalCasts {
  private IntervalCasts() {
  }

  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to, boolean tryCast) {
    boolean fromInterval = from.isAnsiInterval() || from == AtomicType.CALENDAR_INTERVAL;
    if (fromInterval && to == AtomicType.STRING) {
      return Optional.of(SqlLet.bind(operand, value -> when(SqlOperator.postfix("IS NULL", value),
          new SqlLiteral(null, AtomicType.STRING), IntervalText.of(value, from))));
    }
    if (from == AtomicType.STRING && to == AtomicType.CALENDAR_INTERVAL) {
      // Spark's cast to its calendar interval is NULL for a string that holds none, ANSI or not
      return Optional.of(CalendarIntervalStrings.parse(operand));
    }
    if (from == AtomicType.STRING && to.isAnsiInterval()) {
      return Optional.of(SqlLet.bind(operand, value -> {
        SqlExpression parsed = parse(value, to);
        return tryCast ? parsed : DatetimeSql.failIfNull(parsed, value, DatetimeSql.raise(
            RaisedError.INVALID_INTERVAL_FORMAT, to, text(IntervalFields.typeName(to)), value));
      }));
    }
    if (from instanceof DayTimeIntervalType && to instanceof DayTimeIntervalType target) {
      return Optional.of(target.endField() == DayTimeIntervalType.SECOND ? operand
          : truncate(operand, IntervalFields.microsPerField(target.endField())));
    }
    if (from instanceof YearMonthIntervalType && to instanceof YearMonthIntervalType target) {
      return Optional.of(target.endField() == YearMonthIntervalType.MONTH ? operand : truncate(operand, 12));
    }
    return IntervalNumberCasts.render(operand, from, to, tryCast);
  }

  /** Drops what is below {@code unit} (towards zero, as Spark). */
  private static SqlExpression truncate(SqlExpression value, long unit) {
    return SqlLet.bind(value, v -> infix("-", v, infix("%", v, number(unit))));
  }

  /** The interval a string holds, or NULL. */
  private static SqlExpression parse(SqlExpression input, DataType type) {
    // INTERVAL [+|-]'[+|-]body' QUALIFIER, or the body alone; the two signs multiply
    String literal = "^(?i)INTERVAL\\s+([+-]?)'([+-]?)(.*)'\\s+" + IntervalFields.typeName(type).substring(
        "interval ".length()).replace(" ", "\\s+") + "$";
    String bodyPattern = "^([+-]?)" + bodyPattern(type) + "$";
    return SqlLet.bind(call("trim", input), trimmed -> {
      SqlExpression isLiteral = call("regexp_matches", trimmed, text(literal));
      SqlExpression body = when(isLiteral, call("regexp_extract", trimmed, text(literal), DatetimeSql.number(3)),
          trimmed);
      SqlExpression outerSign = when(isLiteral, infix("||", call("regexp_extract", trimmed, text(literal),
          DatetimeSql.number(1)), call("regexp_extract", trimmed, text(literal), DatetimeSql.number(2))), text(""));
      return SqlLet.bind(body, b -> {
        SqlExpression signs = infix("||", outerSign, call("regexp_extract", b, text(bodyPattern),
            DatetimeSql.number(1)));
        SqlExpression negative = infix("=", infix("%", call("length", call("replace", signs, text("+"), text(""))),
            number(2)), number(1));
        SqlExpression magnitude = magnitude(b, bodyPattern, type);
        SqlExpression signed = when(negative, SqlOperator.prefix("-", magnitude), magnitude);
        return when(call("regexp_matches", b, text(bodyPattern)), cast(signed, DuckDbTypes.of(type)),
            new SqlLiteral(null, type));
      });
    });
  }

  /**
   * The fields of a type's string syntax as groups from 2 on (1 is the sign): the first field any number, the
   * others in their range; a second field last takes a fraction (the group after the fields).
   */
  private static String bodyPattern(DataType type) {
    if (type instanceof YearMonthIntervalType yearMonth) {
      return yearMonth.startField() == yearMonth.endField() ? "(\\d+)" : "(\\d+)-(1[01]|0?\\d)";
    }
    DayTimeIntervalType dayTime = (DayTimeIntervalType) type;
    StringBuilder pattern = new StringBuilder("(\\d+)");
    for (int field = dayTime.startField() + 1; field <= dayTime.endField(); field++) {
      pattern.append(field == DayTimeIntervalType.HOUR ? " ([01]?\\d|2[0-3])" : ":([0-5]?\\d)");
    }
    if (dayTime.endField() == DayTimeIntervalType.SECOND) {
      pattern.append("(?:\\.(\\d{0,9}))?");
    }
    return pattern.toString();
  }

  /** The absolute value the groups of {@link #bodyPattern} stand for, as HUGEINT. */
  private static SqlExpression magnitude(SqlExpression body, String pattern, DataType type) {
    if (type instanceof YearMonthIntervalType yearMonth) {
      SqlExpression first = infix("*", group(body, pattern, 2), number(IntervalFields.unit(new YearMonthIntervalType(
          yearMonth.startField(), yearMonth.startField()))));
      return yearMonth.startField() == yearMonth.endField() ? first : infix("+", first, group(body, pattern, 3));
    }
    DayTimeIntervalType dayTime = (DayTimeIntervalType) type;
    SqlExpression total = null;
    int group = 2;
    for (int field = dayTime.startField(); field <= dayTime.endField(); field++, group++) {
      SqlExpression part = infix("*", group(body, pattern, group), number(IntervalFields.microsPerField(field)));
      total = total == null ? part : infix("+", total, part);
    }
    if (dayTime.endField() == DayTimeIntervalType.SECOND) {
      SqlExpression fraction = call("rpad", call("left", call("regexp_extract", body, text(pattern),
          DatetimeSql.number(group)), DatetimeSql.number(6)), DatetimeSql.number(6), text("0"));
      total = infix("+", total, cast(fraction, "HUGEINT"));
    }
    return total;
  }

  private static SqlExpression group(SqlExpression body, String pattern, int group) {
    return cast(call("regexp_extract", body, text(pattern), DatetimeSql.number(group)), "HUGEINT");
  }

  private static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
