package dev.ember.sql;

import dev.ember.plan.errors.IntervalErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Spark's interval literals as its AstBuilder builds them (visitInterval, visitMultiUnitsInterval,
 * visitUnitToUnitInterval and the {@code INTERVAL '...'} typed literal): the text is read into months, days and
 * microseconds, then the units written decide the ANSI type — units of one family give a year-month or a day-time
 * interval whose fields span them (weeks count as days, milli- and microseconds as seconds); both families together
 * are Spark's {@code _LEGACY_ERROR_TEMP_0029}.
 */
final class SqlIntervals {
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private SqlIntervals() {
  }

  static Literal literal(ExpressionBuilder builder, SqlBaseParser.IntervalContext interval) {
    if (interval.errorCapturingUnitToUnitInterval() != null) {
      SqlBaseParser.ErrorCapturingUnitToUnitIntervalContext unitToUnit = interval.errorCapturingUnitToUnitInterval();
      if (unitToUnit.unitToUnitInterval().size() != 1 || unitToUnit.multiUnitsInterval() != null) {
        throw singleFromTo();
      }
      return unitToUnit(unitToUnit.body);
    }
    if (interval.errorCapturingMultiUnitsInterval() == null) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
    if (interval.errorCapturingMultiUnitsInterval().unitToUnitInterval() != null) {
      throw singleFromTo();
    }
    SqlBaseParser.MultiUnitsIntervalContext units = interval.errorCapturingMultiUnitsInterval().multiUnitsInterval();
    StringBuilder text = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < units.intervalValue().size(); i++) {
      String unit = units.unitInMultiUnits(i).getText();
      text.append(' ').append(value(units.intervalValue(i))).append(' ').append(unit);
      names.add(unitName(unit));
    }
    return ansi(SqlIntervalUnits.parse(text.toString()), names, builder.source(interval));
  }

  /** {@code INTERVAL '1 day 2 hours'}: the string read as a multi-unit interval, its words naming the units. */
  static Literal typed(String value, String source) {
    CalendarInterval interval;
    try {
      interval = SqlIntervalUnits.parse(value);
    } catch (dev.ember.plan.errors.EmberException e) {
      throw SqlLiterals.invalidTypedLiteral("INTERVAL", value, source);
    }
    List<String> names = new ArrayList<>();
    for (String word : value.split("\\s")) {
      String name = unitName(word);
      if (!name.equals("interval") && name.matches("[a-z]+")) {
        names.add(name);
      }
    }
    return ansi(interval, names, source);
  }

  /** constructMultiUnitsIntervalLiteral: the type the units span, the value as months or microseconds. */
  private static Literal ansi(CalendarInterval interval, List<String> units, String source) {
    int startYearMonth = Integer.MAX_VALUE;
    int endYearMonth = -1;
    int startDayTime = Integer.MAX_VALUE;
    int endDayTime = -1;
    for (String unit : units) {
      if (unit.equals("year") || unit.equals("month")) {
        int field = unit.equals("year") ? YearMonthIntervalType.YEAR : YearMonthIntervalType.MONTH;
        startYearMonth = Math.min(startYearMonth, field);
        endYearMonth = Math.max(endYearMonth, field);
      } else {
        int field = unit.equals("week") ? DayTimeIntervalType.DAY : SqlIntervalStrings.dayTimeField(unit);
        startDayTime = Math.min(startDayTime, field);
        endDayTime = Math.max(endDayTime, field);
      }
    }
    if (endYearMonth >= 0) {
      if (endDayTime >= 0) {
        throw SqlIntervalStrings.parseError("_LEGACY_ERROR_TEMP_0029", null,
            "Cannot mix year-month and day-time fields: " + source + ".", Map.of("literal", source));
      }
      return new Literal(Period.ofMonths(interval.months()), new YearMonthIntervalType(startYearMonth, endYearMonth));
    }
    long micros;
    try {
      micros = Math.addExact(interval.microseconds(), Math.addExact(Math.multiplyExact(MICROS_PER_DAY,
          (long) interval.days()), Math.multiplyExact(31 * MICROS_PER_DAY, (long) interval.months())));
    } catch (ArithmeticException e) {
      throw IntervalErrors.arithmeticOverflow("");
    }
    return new Literal(Duration.of(micros, ChronoUnit.MICROS), new DayTimeIntervalType(startDayTime, endDayTime));
  }

  private static Literal unitToUnit(SqlBaseParser.UnitToUnitIntervalContext unitToUnit) {
    SqlBaseParser.IntervalValueContext value = unitToUnit.value;
    if (value.stringLit() == null) {
      throw SqlIntervalStrings.parseError("_LEGACY_ERROR_TEMP_0027", null,
          "The value of from-to unit must be a string.", Map.of());
    }
    String text = negated(SqlLiterals.string(value.stringLit()), value.MINUS() != null);
    String from = unitToUnit.from.getText().toLowerCase(Locale.ROOT);
    String to = unitToUnit.to.getText().toLowerCase(Locale.ROOT);
    long amount = SqlIntervalStrings.value(text, from, to);
    if (to.equals("month")) {
      return new Literal(Period.ofMonths(Math.toIntExact(amount)), new YearMonthIntervalType(
          YearMonthIntervalType.YEAR, YearMonthIntervalType.MONTH));
    }
    return new Literal(Duration.of(amount, ChronoUnit.MICROS), new DayTimeIntervalType(
        SqlIntervalStrings.dayTimeField(from), SqlIntervalStrings.dayTimeField(to)));
  }

  /** A value of a multi-unit literal as text: a string holds only a number (letters are _LEGACY_ERROR_TEMP_0026). */
  private static String value(SqlBaseParser.IntervalValueContext value) {
    if (value.stringLit() == null) {
      return value.getText();
    }
    String text = SqlLiterals.string(value.stringLit());
    if (text.chars().anyMatch(Character::isLetter)) {
      throw SqlIntervalStrings.parseError("_LEGACY_ERROR_TEMP_0026", null, "Can only use numbers in the interval "
          + "value part for multiple unit value pairs interval form, but got invalid value: " + text + ".",
          Map.of("value", text));
    }
    return negated(text, value.MINUS() != null);
  }

  /** {@code -'1-1'}: the sign before a string negates it. */
  private static String negated(String text, boolean minus) {
    if (!minus) {
      return text;
    }
    return text.startsWith("-") ? text.replaceFirst("-", "") : "-" + text;
  }

  private static String unitName(String unit) {
    String name = unit.toLowerCase(Locale.ROOT);
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private static RuntimeException singleFromTo() {
    return SqlIntervalStrings.parseError("_LEGACY_ERROR_TEMP_0024", null,
        "Can only have a single from-to unit in the interval literal syntax.", Map.of());
  }
}
