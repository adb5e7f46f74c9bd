package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.ArrayList;
import java.util.List;

/**
 * make_timestamp, make_timestamp_ltz, make_timestamp_ntz and their try_ forms from year, month,
 * day, hour, minute and seconds (a DECIMAL(16,6), so 45.123456 keeps its microseconds), with an
 * optional time zone for the TIMESTAMP forms. Under ANSI an impossible field fails; try_ gives NULL.
 * The call is {@code make_timestamp(fields..., zone or NULL, fail)} whatever the spelling.
 */
final class TimestampConstructors {
  private static final DecimalType SECONDS = new DecimalType(16, 6);

  private TimestampConstructors() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        constructor("make_timestamp", AtomicType.TIMESTAMP, true),
        constructor("make_timestamp_ltz", AtomicType.TIMESTAMP, true),
        constructor("make_timestamp_ntz", AtomicType.TIMESTAMP_NTZ, true),
        constructor("try_make_timestamp", AtomicType.TIMESTAMP, false),
        constructor("try_make_timestamp_ltz", AtomicType.TIMESTAMP, false),
        constructor("try_make_timestamp_ntz", AtomicType.TIMESTAMP_NTZ, false));
  }

  private static FunctionDefinition constructor(String name, AtomicType type, boolean failOnError) {
    int maxArguments = type == AtomicType.TIMESTAMP ? 7 : 6;
    // Spark 4.2's make_timestamp(date) and try_make_timestamp(date): the date's midnight
    boolean ofDate = name.equals("make_timestamp") || name.equals("try_make_timestamp");
    return new FunctionDefinition(name, ofDate ? 1 : 2, maxArguments, false, (pretty, arguments, sql) -> {
      if (arguments.size() == 1) {
        return midnight(pretty, arguments, sql);
      }
      if (arguments.size() < 6) {
        return ofDateAndTime(name, type, failOnError, pretty, arguments, sql);
      }
      List<BoundExpression> inputs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        inputs.add(InputChecks.integer(pretty, arguments, sql, i));
      }
      inputs.add(seconds(pretty, arguments, sql));
      inputs.add(arguments.size() > 6 ? InputChecks.string(pretty, arguments, sql, 6)
          : dev.ember.plan.expressions.Literal.nullOf(AtomicType.STRING));
      boolean nullable = !failOnError || DatetimeInputs.anyNullable(inputs.subList(0, arguments.size()));
      inputs.add(dev.ember.plan.expressions.Literal.of(failOnError));
      return new Call("make_timestamp", inputs, type, nullable);
    }, dateAndTimeNamer(name));
  }

  /**
   * Spark names the {@code (date, time[, zone])} form of the _ltz spellings make_timestamp(...), and that of
   * try_make_timestamp_ntz after the make_timestamp_ntz it wraps; the seven-argument try_make_timestamp leaves its
   * time zone out of the name (try_make_timestamp_ltz keeps it).
   */
  private static FunctionDefinition.Namer dateAndTimeNamer(String name) {
    FunctionDefinition.Namer plain = FunctionDefinition.prefix(name);
    return (names, distinct) -> {
      if (names.size() == 7 && name.equals("try_make_timestamp")) {
        return plain.name(names.subList(0, 6), distinct);
      }
      if (names.size() > 3) {
        return plain.name(names, distinct);
      }
      return switch (name) {
        case "make_timestamp_ltz", "try_make_timestamp_ltz" ->
            FunctionDefinition.prefix("make_timestamp").name(names, distinct);
        case "try_make_timestamp_ntz" ->
            name + "(" + FunctionDefinition.prefix("make_timestamp_ntz").name(names, distinct) + ")";
        default -> plain.name(names, distinct);
      };
    };
  }

  /**
   * Spark 4.2's {@code (date, time[, zone])} form: the call is {@code make_timestamp_of_date_time(date, time[, zone])}, never failing (any date and time of day make a wall clock).
   */
  private static BoundExpression ofDateAndTime(String name, AtomicType type, boolean failOnError, String pretty,
      List<BoundExpression> arguments, List<String> sql) {
    int maxArguments = type == AtomicType.TIMESTAMP ? 3 : 2;
    if (arguments.size() > maxArguments) {
      throw dev.ember.plan.errors.SparkErrors.wrongNumArgs("`" + name + "`",
          type == AtomicType.TIMESTAMP ? "[2, 3, 6, 7]" : "[2, 6]", arguments.size());
    }
    BoundExpression date = arguments.get(0);
    if (date.dataType() != AtomicType.DATE && date.dataType() != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), date.dataType(), "\"DATE\"");
    }
    List<BoundExpression> inputs = new ArrayList<>(List.of(TypeCoercion.castTo(date, AtomicType.DATE),
        TimeFunctions.time(pretty, arguments, sql, 1)));
    if (arguments.size() > 2) {
      inputs.add(InputChecks.string(pretty, arguments, sql, 2));
    }
    // as Spark: the TIMESTAMP_NTZ form is nullable whatever its inputs
    boolean nullable = !failOnError || type == AtomicType.TIMESTAMP_NTZ || DatetimeInputs.anyNullable(inputs);
    return new Call("make_timestamp_of_date_time", inputs, type, nullable);
  }

  private static BoundExpression midnight(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression date = arguments.get(0);
    if (date.dataType() != AtomicType.DATE && date.dataType() != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), date.dataType(), "\"DATE\"");
    }
    return TypeCoercion.castTo(TypeCoercion.castTo(date, AtomicType.DATE), AtomicType.TIMESTAMP);
  }

  private static BoundExpression seconds(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(5).dataType();
    if (!(type == AtomicType.NULL || type == AtomicType.STRING || type.isNumeric())) {
      throw InputChecks.unexpectedType(pretty, 5, sql.get(5), type, "\"DECIMAL(16,6)\"");
    }
    return TypeCoercion.castTo(arguments.get(5), SECONDS);
  }
}
