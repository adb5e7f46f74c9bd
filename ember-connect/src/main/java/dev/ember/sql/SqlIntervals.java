package dev.ember.sql;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code INTERVAL 1 DAY 2 HOURS}, {@code INTERVAL '3' MONTH}: Spark's ANSI interval literals — units of one family
 * give a year-month or a day-time interval whose fields span the units written (weeks count as days, milli- and
 * microseconds as seconds).
 */
final class SqlIntervals {
  private static final long MICROS_PER_SECOND = 1_000_000L;

  private SqlIntervals() {
  }

  static Literal literal(ExpressionBuilder builder, SqlBaseParser.IntervalContext interval) {
    if (interval.errorCapturingUnitToUnitInterval() != null) {
      SqlBaseParser.ErrorCapturingUnitToUnitIntervalContext unitToUnit = interval.errorCapturingUnitToUnitInterval();
      if (unitToUnit.unitToUnitInterval().size() != 1 || unitToUnit.multiUnitsInterval() != null) {
        throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
      }
      return SqlIntervalStrings.literal(builder, interval, unitToUnit.body);
    }
    SqlBaseParser.MultiUnitsIntervalContext units = interval.errorCapturingMultiUnitsInterval() == null ? null
        : interval.errorCapturingMultiUnitsInterval().multiUnitsInterval();
    if (units == null || interval.errorCapturingMultiUnitsInterval().unitToUnitInterval() != null) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
    long months = 0;
    BigDecimal micros = BigDecimal.ZERO;
    int startYearMonth = Integer.MAX_VALUE;
    int endYearMonth = -1;
    int startDayTime = Integer.MAX_VALUE;
    int endDayTime = -1;
    for (int i = 0; i < units.intervalValue().size(); i++) {
      BigDecimal value = value(units.intervalValue(i), builder, interval);
      String unit = units.unitInMultiUnits(i).getText().toLowerCase(Locale.ROOT);
      unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
      switch (unit) {
        case "year", "month" -> {
          int field = unit.equals("year") ? YearMonthIntervalType.YEAR : YearMonthIntervalType.MONTH;
          months = Math.addExact(months, whole(value, builder, interval) * (field == YearMonthIntervalType.YEAR ? 12 : 1));
          startYearMonth = Math.min(startYearMonth, field);
          endYearMonth = Math.max(endYearMonth, field);
        }
        default -> {
          int field = dayTimeField(unit, builder, interval);
          BigDecimal unitMicros = switch (unit) {
            case "week" -> BigDecimal.valueOf(7 * 86_400 * MICROS_PER_SECOND);
            case "day" -> BigDecimal.valueOf(86_400 * MICROS_PER_SECOND);
            case "hour" -> BigDecimal.valueOf(3_600 * MICROS_PER_SECOND);
            case "minute" -> BigDecimal.valueOf(60 * MICROS_PER_SECOND);
            case "second" -> BigDecimal.valueOf(MICROS_PER_SECOND);
            case "millisecond" -> BigDecimal.valueOf(1_000);
            default -> BigDecimal.ONE;
          };
          if (!unit.equals("second") && !unit.equals("millisecond")) {
            whole(value, builder, interval);
          }
          micros = micros.add(value.multiply(unitMicros));
          startDayTime = Math.min(startDayTime, field);
          endDayTime = Math.max(endDayTime, field);
        }
      }
    }
    if (endYearMonth >= 0 && endDayTime >= 0) {
      // Spark answers with a CalendarInterval or an error depending on its legacy interval confs
      throw ExpressionBuilder.unsupported("an interval literal mixing year-month and day-time units");
    }
    if (endYearMonth >= 0) {
      return new Literal(Period.ofMonths(Math.toIntExact(months)), new YearMonthIntervalType(startYearMonth,
          endYearMonth));
    }
    return new Literal(Duration.of(micros.longValueExact(), java.time.temporal.ChronoUnit.MICROS),
        new DayTimeIntervalType(startDayTime, endDayTime));
  }

  private static BigDecimal value(SqlBaseParser.IntervalValueContext value, ExpressionBuilder builder,
      SqlBaseParser.IntervalContext interval) {
    String text = value.stringLit() != null ? SqlLiterals.string(value.stringLit()).trim()
        : value.getText();
    try {
      BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
      // interval -'1' year: the sign before a string negates it
      return value.stringLit() != null && value.MINUS() != null ? number.negate() : number;
    } catch (NumberFormatException e) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
  }

  private static long whole(BigDecimal value, ExpressionBuilder builder, SqlBaseParser.IntervalContext interval) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
  }

  private static int dayTimeField(String unit, ExpressionBuilder builder, SqlBaseParser.IntervalContext interval) {
    return switch (unit) {
      case "week", "day" -> DayTimeIntervalType.DAY;
      case "hour" -> DayTimeIntervalType.HOUR;
      case "minute" -> DayTimeIntervalType.MINUTE;
      case "second", "millisecond", "microsecond" -> DayTimeIntervalType.SECOND;
      default -> throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    };
  }
}
