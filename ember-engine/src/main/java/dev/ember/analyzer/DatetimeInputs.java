package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/** Spark's implicit casts of date and timestamp function inputs (ANSI), with its type errors. */
final class DatetimeInputs {
  private DatetimeInputs() {
  }

  /** A DATE input: dates, timestamps and strings are cast to DATE. */
  static BoundExpression date(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    DataType type = argument.dataType();
    if (type == AtomicType.NULL || type == AtomicType.STRING || TypeCoercion.isDatetime(type)) {
      return TypeCoercion.castTo(argument, AtomicType.DATE);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"DATE\"");
  }

  /** A TIMESTAMP input: dates and strings are cast to TIMESTAMP; TIMESTAMP_NTZ stays when {@code keepNtz}. */
  static BoundExpression timestamp(String pretty, List<BoundExpression> arguments, List<String> sql, int index,
      boolean keepNtz) {
    BoundExpression argument = arguments.get(index);
    DataType type = argument.dataType();
    if (keepNtz && type == AtomicType.TIMESTAMP_NTZ) {
      return argument;
    }
    if (type == AtomicType.NULL || type == AtomicType.STRING || TypeCoercion.isDatetime(type)) {
      return TypeCoercion.castTo(argument, AtomicType.TIMESTAMP);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"TIMESTAMP\"");
  }

  /** A day or month count: int, smallint, tinyint (or a string or NULL, cast to int). */
  static BoundExpression days(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    DataType type = argument.dataType();
    if (type == AtomicType.INTEGER || type == AtomicType.SHORT || type == AtomicType.BYTE
        || type == AtomicType.NULL || type == AtomicType.STRING) {
      return TypeCoercion.castTo(argument, AtomicType.INTEGER);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "(\"INT\" or \"SMALLINT\" or \"TINYINT\")");
  }

  /**
   * date_add's and date_sub's day count without ANSI, where Spark's StringLiteralCoercion reads a constant text as an
   * integer when it analyzes the call (SECOND_FUNCTION_ARGUMENT_NOT_INTEGER if it holds none) and its implicit casts
   * take no other text; any other count as {@link #days}.
   */
  static BoundExpression legacyDays(String function, String pretty, List<BoundExpression> arguments, List<String> sql,
      int index) {
    BoundExpression argument = arguments.get(index);
    if (argument.dataType() != AtomicType.STRING) {
      return days(pretty, arguments, sql, index);
    }
    if (!(argument instanceof dev.ember.plan.expressions.Literal literal)) {
      throw InputChecks.unexpectedType(pretty, index, sql.get(index), AtomicType.STRING,
          "(\"INT\" or \"SMALLINT\" or \"TINYINT\")");
    }
    if (literal.value() == null) {
      return TypeCoercion.castTo(argument, AtomicType.INTEGER);
    }
    try {
      return dev.ember.plan.expressions.Literal.of(Integer.parseInt(literal.value().toString().strip()));
    } catch (NumberFormatException notInteger) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "SECOND_FUNCTION_ARGUMENT_NOT_INTEGER", "22023",
          "The second argument of " + function + " function needs to be an integer.",
          java.util.Map.of("functionName", function)).withoutQueryContext();
    }
  }

  static boolean anyNullable(List<BoundExpression> arguments) {
    return arguments.stream().anyMatch(BoundExpression::nullable);
  }
}
