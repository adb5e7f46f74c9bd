package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions of time zones and the session's clock: from_utc_timestamp, to_utc_timestamp,
 * convert_timezone, current_timezone, and the spellings curdate and localtimestamp.
 */
final class TimeZoneFunctions {
  private TimeZoneFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        utcShift("from_utc_timestamp"),
        utcShift("to_utc_timestamp"),
        new FunctionDefinition("convert_timezone", 2, 3, false, TimeZoneFunctions::convertTimezone,
            (names, distinct) -> "convert_timezone(" + (names.size() == 2 ? "current_timezone(), " : "")
                + String.join(", ", names) + ")"),
        new FunctionDefinition("current_timezone", 0, 0, false,
            (pretty, arguments, sql) -> new Call("current_timezone", List.of(), AtomicType.STRING, false),
            FunctionDefinition.prefix("current_timezone")),
        // Spark names curdate() after the function it stands for
        new FunctionDefinition("curdate", 0, 0, false,
            (pretty, arguments, sql) -> new Call("current_date", List.of(), AtomicType.DATE, false),
            FunctionDefinition.prefix("current_date")),
        new FunctionDefinition("localtimestamp", 0, 0, false,
            (pretty, arguments, sql) -> new Call("localtimestamp", List.of(), AtomicType.TIMESTAMP_NTZ, false),
            FunctionDefinition.prefix("localtimestamp")),
        TimeWindows.definition(),
        TimeWindows.windowTime(),
        SessionWindows.definition());
  }

  /** (timestamp, zone): a TIMESTAMP (dates and strings cast) shifted between UTC and the zone's wall clock. */
  private static FunctionDefinition utcShift(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      List<BoundExpression> inputs = List.of(DatetimeInputs.timestamp(pretty, arguments, sql, 0, false),
          InputChecks.string(pretty, arguments, sql, 1));
      return new Call(name, inputs, AtomicType.TIMESTAMP, DatetimeInputs.anyNullable(inputs));
    }, FunctionDefinition.prefix(name));
  }

  /** ([source zone,] target zone, TIMESTAMP_NTZ): the call is always (source or NULL for the session's, target, time). */
  private static BoundExpression convertTimezone(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> inputs = new ArrayList<>();
    int first = arguments.size() - 2;
    inputs.add(first == 0 ? new Call("current_timezone", List.of(), AtomicType.STRING, false)
        : InputChecks.string(pretty, arguments, sql, 0));
    inputs.add(InputChecks.string(pretty, arguments, sql, first));
    BoundExpression time = arguments.get(first + 1);
    inputs.add(time.dataType() == AtomicType.TIMESTAMP_NTZ ? time
        : TypeCoercion.castTo(time, AtomicType.TIMESTAMP_NTZ));
    return new Call("convert_timezone", inputs, AtomicType.TIMESTAMP_NTZ, DatetimeInputs.anyNullable(inputs));
  }
}
