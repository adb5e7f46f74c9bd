package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * Conversions between timestamps or dates and counts since 1970-01-01 UTC: timestamp_seconds,
 * timestamp_millis, timestamp_micros, unix_seconds, unix_millis, unix_micros, unix_date,
 * date_from_unix_date.
 */
final class DatetimeEpochFunctions {
  private DatetimeEpochFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("timestamp_seconds", 1, 1, false, DatetimeEpochFunctions::timestampSeconds,
            FunctionDefinition.prefix("timestamp_seconds")),
        fromCount("timestamp_millis"),
        fromCount("timestamp_micros"),
        exactly("unix_seconds", AtomicType.TIMESTAMP, AtomicType.LONG),
        exactly("unix_millis", AtomicType.TIMESTAMP, AtomicType.LONG),
        exactly("unix_micros", AtomicType.TIMESTAMP, AtomicType.LONG),
        exactly("unix_date", AtomicType.DATE, AtomicType.INTEGER),
        new FunctionDefinition("date_from_unix_date", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression days = DatetimeInputs.days(pretty, arguments, sql, 0);
          return new Call("date_from_unix_date", List.of(days), AtomicType.DATE, days.nullable());
        }, FunctionDefinition.prefix("date_from_unix_date")));
  }

  /**
   * Any number of seconds; a float or double may be NaN or infinite, which gives NULL, so the
   * result is nullable for them whatever the input.
   */
  private static BoundExpression timestampSeconds(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression seconds = arguments.get(0);
    DataType type = seconds.dataType();
    if (type == AtomicType.NULL) {
      seconds = TypeCoercion.castTo(seconds, AtomicType.LONG);
    } else if (!type.isNumeric()) {
      throw InputChecks.unexpectedType(pretty, 0, InputChecks.asNamed(sql.get(0)), type, "\"NUMERIC\"");
    }
    boolean fractional = type == AtomicType.FLOAT || type == AtomicType.DOUBLE;
    return new Call("timestamp_seconds", List.of(seconds), AtomicType.TIMESTAMP, fractional || seconds.nullable());
  }

  /** timestamp_millis / timestamp_micros: an integral count as a BIGINT. */
  private static FunctionDefinition fromCount(String name) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression count = arguments.get(0);
      DataType type = count.dataType();
      if (!(type == AtomicType.NULL || type instanceof AtomicType atomic && atomic.integral())) {
        throw InputChecks.unexpectedType(pretty, 0, InputChecks.asNamed(sql.get(0)), type, "\"INTEGRAL\"");
      }
      BoundExpression value = TypeCoercion.castTo(count, AtomicType.LONG);
      return new Call(name, List.of(value), AtomicType.TIMESTAMP, value.nullable());
    }, FunctionDefinition.prefix(name));
  }

  /** unix_seconds, unix_millis, unix_micros, unix_date: Spark casts nothing to their input type. */
  private static FunctionDefinition exactly(String name, AtomicType input, AtomicType result) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0);
      if (value.dataType() == AtomicType.NULL) {
        value = TypeCoercion.castTo(value, input);
      } else if (value.dataType() != input) {
        throw InputChecks.unexpectedType(pretty, 0, InputChecks.asNamed(sql.get(0)), value.dataType(), "\"" + input.name() + "\"");
      }
      return new Call(name, List.of(value), result, value.nullable());
    }, FunctionDefinition.prefix(name));
  }
}
