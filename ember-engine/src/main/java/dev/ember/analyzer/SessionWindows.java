package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * session_window(time, gap): the session an event opens, from its time to its time plus the gap, which is a string
 * or interval, constant or per row (Spark's SessionWindow; a string is read as Spark's cast to an interval, NULL
 * when it is not one). The bound call is the struct of one event; {@link TimeWindowPlanning} drops the events
 * without a time or with an empty session, and an aggregation grouped by it merges overlapping sessions.
 */
final class SessionWindows {
  static final String FUNCTION = "session_window";

  private SessionWindows() {
  }

  static FunctionDefinition definition() {
    return new FunctionDefinition(FUNCTION, 2, 2, false, SessionWindows::bind, (names, distinct) -> FUNCTION);
  }

  private static BoundExpression bind(String pretty, List<BoundExpression> arguments, List<String> sql) {
    // Spark's SessionWindow prints as its class name
    String checked = "sessionwindow(" + String.join(", ", InputChecks.unquoted(sql.get(0)), InputChecks.unquoted(
        sql.get(1))) + ")";
    BoundExpression time = TimeWindows.timeColumn(checked, arguments.get(0), sql.get(0));
    DataType type = time.dataType();
    BoundExpression end = end(pretty, time, arguments.get(1), sql.get(1));
    StructType session = new StructType(List.of(new StructField("start", type, true), new StructField("end", type,
        true)));
    return new Call(FUNCTION, List.of(time, end), session, false);
  }

  /** The time plus the gap: a constant string is parsed here, an interval column added per row. */
  private static BoundExpression end(String pretty, BoundExpression time, BoundExpression gap, String sql) {
    DataType type = time.dataType();
    if (gap instanceof Literal literal && literal.value() instanceof String text) {
      CalendarInterval interval = IntervalStrings.parse(text).orElse(null);
      return interval == null ? Literal.nullOf(type) : new Call("timestamp_add_calendar", List.of(time,
          new Literal(interval, AtomicType.CALENDAR_INTERVAL)), type, true);
    }
    if (gap.dataType() == AtomicType.CALENDAR_INTERVAL) {
      return new Call("timestamp_add_calendar", List.of(time, gap), type, true);
    }
    if (gap.dataType() == AtomicType.STRING) {
      return new Call("timestamp_add_calendar", List.of(time, new Call("string_to_calendar_interval", List.of(gap),
          AtomicType.CALENDAR_INTERVAL, true)), type, true);
    }
    String typeName = scalaName(gap.dataType());
    throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1040", null,
        "Gap duration expression used in session window must be CalendarIntervalType, but got " + typeName + ".",
        Map.of("dt", typeName));
  }

  /** A type as Spark's error shows it (the Scala object's text, e.g. {@code DayTimeIntervalType(0,3)}). */
  private static String scalaName(DataType type) {
    if (type instanceof DayTimeIntervalType interval) {
      return "DayTimeIntervalType(" + interval.startField() + "," + interval.endField() + ")";
    }
    if (type instanceof YearMonthIntervalType interval) {
      return "YearMonthIntervalType(" + interval.startField() + "," + interval.endField() + ")";
    }
    if (type instanceof AtomicType atomic) {
      String name = atomic.name().toLowerCase(Locale.ROOT);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Type";
    }
    return type.toString();
  }

  /**
   * Whether Spark keeps only the events whose session ends after it starts: always for a gap per row, for a
   * constant gap only when it is NULL or not positive (months, days and microseconds summed).
   */
  static boolean filtersEmptySessions(Call session) {
    BoundExpression end = session.arguments().get(1);
    if (end instanceof Literal) {
      return true;
    }
    BoundExpression gap = ((Call) end).arguments().get(1);
    if (gap instanceof Literal literal && literal.value() instanceof CalendarInterval interval) {
      return interval.months() + interval.days() + interval.microseconds() <= 0;
    }
    return true;
  }
}
