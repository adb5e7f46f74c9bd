package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that read or write Spark datetime patterns. The pattern stays an argument of the call;
 * the SQL generator translates it (and reports a bad pattern when the query runs, as Spark does).
 */
final class DatetimeFormatFunctions {
  static final String DEFAULT_PATTERN = "yyyy-MM-dd HH:mm:ss";

  private DatetimeFormatFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("to_date", 1, 2, false, (pretty, arguments, sql) -> arguments.size() == 1
            || arguments.get(0).dataType() != AtomicType.STRING
            ? DatetimeInputs.date(pretty, arguments, sql, 0)
            : parse("parse_date", AtomicType.DATE, pretty, arguments, sql), FunctionDefinition.prefix("to_date")),
        toTimestamp("to_timestamp", AtomicType.TIMESTAMP),
        toTimestamp("to_timestamp_ltz", AtomicType.TIMESTAMP),
        toTimestamp("to_timestamp_ntz", AtomicType.TIMESTAMP_NTZ),
        new FunctionDefinition("try_to_timestamp", 1, 2, false, DatetimeFormatFunctions::tryToTimestamp,
            FunctionDefinition.prefix("try_to_timestamp")),
        new FunctionDefinition("date_format", 2, 2, false, (pretty, arguments, sql) -> {
          List<BoundExpression> inputs = List.of(DatetimeInputs.timestamp(pretty, arguments, sql, 0, true),
              InputChecks.string(pretty, arguments, sql, 1));
          return new Call("date_format", inputs, AtomicType.STRING, DatetimeInputs.anyNullable(inputs));
        }, FunctionDefinition.prefix("date_format")),
        new FunctionDefinition("unix_timestamp", 0, 2, false, DatetimeFormatFunctions::unixTimestamp,
            (names, distinct) -> "unix_timestamp(" + withDefaultPattern(names, "current_timestamp()") + ")"),
        new FunctionDefinition("to_unix_timestamp", 1, 2, false, DatetimeFormatFunctions::unixTimestamp,
            (names, distinct) -> "to_unix_timestamp(" + withDefaultPattern(names, null) + ")"),
        new FunctionDefinition("try_to_date", 1, 2, false, DatetimeFormatFunctions::tryToDate,
            FunctionDefinition.prefix("try_to_date")),
        new FunctionDefinition("from_unixtime", 1, 2, false, (pretty, arguments, sql) -> {
          List<BoundExpression> inputs = List.of(TypeCoercion.castTo(arguments.get(0), AtomicType.LONG),
              arguments.size() > 1 ? InputChecks.string(pretty, arguments, sql, 1) : Literal.of(DEFAULT_PATTERN));
          // Spark's FromUnixTime is nullable whatever its inputs
          return new Call("from_unixtime", inputs, AtomicType.STRING, true);
        }, (names, distinct) -> "from_unixtime(" + withDefaultPattern(names, null) + ")"));
  }

  /** to_timestamp and its _ltz / _ntz forms: a cast, or with a pattern, a parse that fails under ANSI. */
  private static FunctionDefinition toTimestamp(String name, AtomicType type) {
    return new FunctionDefinition(name, 1, 2, false, (pretty, arguments, sql) -> {
      if (arguments.size() == 2 && arguments.get(0).dataType() == AtomicType.STRING) {
        return parse("parse_timestamp", type, pretty, arguments, sql);
      }
      if (type == AtomicType.TIMESTAMP_NTZ && arguments.get(0).dataType() == AtomicType.STRING) {
        return TypeCoercion.castTo(arguments.get(0), type);
      }
      if (arguments.size() == 1 && arguments.get(0).dataType().isNumeric()) {
        // Spark's replacement is a legacy cast: a number of seconds to a TIMESTAMP; a TIMESTAMP_NTZ takes no number,
        // which becomes the string it reads
        BoundExpression number = arguments.get(0);
        return type == AtomicType.TIMESTAMP_NTZ
            ? TypeCoercion.castTo(TypeCoercion.castTo(number, AtomicType.STRING), type)
            : new Call("timestamp_seconds", List.of(number.dataType()
                instanceof dev.ember.plan.types.DecimalType ? TypeCoercion.castTo(number, AtomicType.DOUBLE) : number),
                AtomicType.TIMESTAMP, true);
      }
      return TypeCoercion.castTo(DatetimeInputs.timestamp(pretty, arguments, sql, 0, true), type);
    }, FunctionDefinition.prefix(name));
  }

  /** {@code (value, pattern)} with the pattern ANSI fails on: nullable only if an input is. */
  private static BoundExpression parse(String function, AtomicType type, String pretty,
      List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> inputs = List.of(arguments.get(0), InputChecks.string(pretty, arguments, sql, 1));
    return new Call(function, inputs, type, DatetimeInputs.anyNullable(inputs));
  }

  private static BoundExpression tryToTimestamp(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.get(0).dataType() != AtomicType.STRING) {
      return new BoundCast(DatetimeInputs.timestamp(pretty, arguments, sql, 0, false), AtomicType.TIMESTAMP, true);
    }
    if (arguments.size() == 1) {
      return new BoundCast(arguments.get(0), AtomicType.TIMESTAMP, true);
    }
    return new Call("try_parse_timestamp", List.of(arguments.get(0), InputChecks.string(pretty, arguments, sql, 1)),
        AtomicType.TIMESTAMP, true);
  }

  private static BoundExpression tryToDate(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.get(0).dataType() != AtomicType.STRING) {
      return new BoundCast(DatetimeInputs.date(pretty, arguments, sql, 0), AtomicType.DATE, true);
    }
    if (arguments.size() == 1) {
      return new BoundCast(arguments.get(0), AtomicType.DATE, true);
    }
    return new Call("try_parse_date", List.of(arguments.get(0), InputChecks.string(pretty, arguments, sql, 1)),
        AtomicType.DATE, true);
  }

  private static BoundExpression unixTimestamp(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> all = new ArrayList<>(arguments);
    if (all.isEmpty()) {
      all.add(new Call("current_timestamp", List.of(), AtomicType.TIMESTAMP, false));
    }
    BoundExpression pattern = all.size() > 1 ? InputChecks.string(pretty, all, sql, 1) : Literal.of(DEFAULT_PATTERN);
    BoundExpression instant = all.get(0).dataType() == AtomicType.STRING
        ? new Call("parse_timestamp", List.of(all.get(0), pattern), AtomicType.TIMESTAMP,
            all.get(0).nullable() || pattern.nullable())
        : DatetimeInputs.timestamp(pretty, all, sql, 0, true);
    return new Call("unix_timestamp", List.of(instant), AtomicType.LONG, instant.nullable());
  }

  /** Spark's names show the default pattern the client may leave out. */
  private static String withDefaultPattern(List<String> names, String defaultValue) {
    List<String> all = new ArrayList<>(names);
    if (all.isEmpty() && defaultValue != null) {
      all.add(defaultValue);
    }
    if (all.size() == 1) {
      all.add(DEFAULT_PATTERN);
    }
    return String.join(", ", all);
  }

  /**
   * Under {@code spark.sql.legacy.timeParserPolicy=LEGACY} Spark parses with java.text.SimpleDateFormat, whose
   * two-digit years fall within 80 years before and 20 after today, not in 2000–2099: the parse calls carry a
   * third argument, {@code true}, for the renderer.
   */
  static BoundExpression withLegacyParser(BoundExpression bound) {
    if (bound instanceof Call call && call.arguments().size() == 2 && java.util.Set.of("parse_timestamp", "parse_date",
        "try_parse_timestamp", "try_parse_date").contains(call.function())) {
      List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.add(dev.ember.plan.expressions.Literal.of(true));
      return new Call(call.function(), arguments, call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && call.arguments().size() == 2
        && (call.function().equals("date_format") || call.function().equals("from_unixtime"))) {
      // written with SimpleDateFormat too
      List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.add(dev.ember.plan.expressions.Literal.of(true));
      return new Call(call.function(), arguments, call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && call.function().equals("unix_timestamp")) {
      // unix_timestamp of a string parses it first
      return new Call(call.function(), List.of(withLegacyParser(call.argument(0))), call.dataType(), call.nullable());
    }
    return bound;
  }
}
