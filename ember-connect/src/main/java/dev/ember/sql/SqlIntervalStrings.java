package dev.ember.sql;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code INTERVAL '1-2' YEAR TO MONTH}, {@code INTERVAL '1 02:03:04.5' DAY TO SECOND} and the narrower day-time
 * pairs: the string holds the fields from the first unit to the last, with an optional sign, as Spark reads it.
 * A string Ember cannot read this way is not read yet ({@code UNSUPPORTED_CALL}).
 */
final class SqlIntervalStrings {
  private static final Pattern YEAR_TO_MONTH = Pattern.compile("([+-])?(\\d+)-(\\d{1,2})");
  private static final List<String> DAY_TIME_UNITS = List.of("day", "hour", "minute", "second");
  private static final long[] MICROS = {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L};
  private static final long[] LIMITS = {Long.MAX_VALUE, 23, 59, 59};

  private SqlIntervalStrings() {
  }

  static Literal literal(ExpressionBuilder builder, SqlBaseParser.IntervalContext interval,
      SqlBaseParser.UnitToUnitIntervalContext unitToUnit) {
    String from = unitToUnit.from.getText().toLowerCase(Locale.ROOT);
    String to = unitToUnit.to.getText().toLowerCase(Locale.ROOT);
    SqlBaseParser.IntervalValueContext value = unitToUnit.value;
    String text = value.stringLit() != null ? SqlLiterals.string(value.stringLit()).trim() : value.getText();
    if (value.stringLit() != null && value.MINUS() != null) {
      // interval -'1-1' year to month: the sign before a string negates it
      text = text.startsWith("-") ? text.substring(1) : "-" + (text.startsWith("+") ? text.substring(1) : text);
    }
    if (from.equals("year") && to.equals("month")) {
      Matcher matcher = YEAR_TO_MONTH.matcher(text);
      if (!matcher.matches() || Integer.parseInt(matcher.group(3)) > 11) {
        throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
      }
      long months = Long.parseLong(matcher.group(2)) * 12 + Long.parseLong(matcher.group(3));
      return new Literal(Period.ofMonths(Math.toIntExact("-".equals(matcher.group(1)) ? -months : months)),
          new YearMonthIntervalType(YearMonthIntervalType.YEAR, YearMonthIntervalType.MONTH));
    }
    int start = DAY_TIME_UNITS.indexOf(from);
    int end = DAY_TIME_UNITS.indexOf(to);
    if (start < 0 || end <= start) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
    boolean negative = text.startsWith("-");
    String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    String[] fields = start == 0 ? body.split("[ :]", -1) : body.split(":", -1);
    if (fields.length != end - start + 1 || (start == 0 && body.indexOf(' ') < 0)) {
      throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
    }
    BigDecimal micros = BigDecimal.ZERO;
    for (int i = 0; i < fields.length; i++) {
      int unit = start + i;
      boolean fractional = unit == 3;
      if (!fields[i].matches(fractional ? "\\d+(\\.\\d{1,9})?" : "\\d+")) {
        throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
      }
      BigDecimal field = new BigDecimal(fields[i]);
      if (i > 0 && field.compareTo(BigDecimal.valueOf(LIMITS[unit] + 1)) >= 0) {
        throw ExpressionBuilder.unsupported("the interval literal " + builder.source(interval));
      }
      micros = micros.add(field.multiply(BigDecimal.valueOf(MICROS[unit])));
    }
    long total = micros.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    return new Literal(Duration.of(negative ? -total : total, ChronoUnit.MICROS), new DayTimeIntervalType(start, end));
  }
}
