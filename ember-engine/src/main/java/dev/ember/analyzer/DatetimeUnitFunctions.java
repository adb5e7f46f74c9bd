package dev.ember.analyzer;

import dev.ember.plan.errors.DatetimeUnitError;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code timestampadd(unit, quantity, timestamp)} and {@code timestampdiff(unit, start, end)} (SQL also
 * spells them dateadd / date_add and datediff / date_diff / timediff with a unit first): the unit is a
 * word, a string literal from the DataFrame API.
 */
final class DatetimeUnitFunctions {
  /** The units Spark's timestampadd takes; timestampdiff takes them but DAYOFYEAR. */
  static final Set<String> ADD_UNITS = Set.of("MONTH", "MICROSECOND", "MILLISECOND", "SECOND", "MINUTE", "HOUR",
      "DAY", "DAYOFYEAR", "WEEK", "QUARTER", "YEAR");

  private DatetimeUnitFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("timestampadd", 3, 3, false, DatetimeUnitFunctions::add,
            FunctionDefinition.prefix("timestampadd")),
        new FunctionDefinition("timestampdiff", 3, 3, false, DatetimeUnitFunctions::diff,
            FunctionDefinition.prefix("timestampdiff")));
  }

  private static BoundExpression add(String pretty, List<BoundExpression> arguments, List<String> sql) {
    Literal unit = unit("timestampadd", arguments.get(0), true);
    BoundExpression quantity = arguments.get(1);
    if (!(quantity.dataType() == AtomicType.NULL
        || quantity.dataType() instanceof AtomicType atomic && atomic.integral())) {
      throw InputChecks.unexpectedType(pretty, 1, sql.get(1), quantity.dataType(), "\"BIGINT\"");
    }
    BoundExpression time = DatetimeInputs.timestamp(pretty, arguments, sql, 2, true);
    List<BoundExpression> inputs = List.of(unit, TypeCoercion.castTo(quantity, AtomicType.LONG), time);
    return new Call("timestampadd", inputs, time.dataType(), quantity.nullable() || time.nullable());
  }

  private static BoundExpression diff(String pretty, List<BoundExpression> arguments, List<String> sql) {
    Literal unit = unit("timestampdiff", arguments.get(0), false);
    BoundExpression start = DatetimeInputs.timestamp(pretty, arguments, sql, 1, false);
    BoundExpression end = DatetimeInputs.timestamp(pretty, arguments, sql, 2, false);
    return new Call("timestampdiff", List.of(unit, start, end), AtomicType.LONG, start.nullable() || end.nullable());
  }

  /** The unit, upper-cased; anything but a string literal naming a unit is Spark's DATETIME_UNIT error. */
  private static Literal unit(String function, BoundExpression argument, boolean add) {
    if (argument instanceof Literal literal && literal.value() instanceof String text) {
      String unit = text.toUpperCase(Locale.ROOT);
      if (ADD_UNITS.contains(unit) && (add || !unit.equals("DAYOFYEAR"))) {
        return Literal.of(unit);
      }
      throw DatetimeUnitError.of(ErrorKind.ILLEGAL_ARGUMENT, function, "'" + text + "'");
    }
    throw DatetimeUnitError.of(ErrorKind.ILLEGAL_ARGUMENT, function, String.valueOf(argument));
  }
}
