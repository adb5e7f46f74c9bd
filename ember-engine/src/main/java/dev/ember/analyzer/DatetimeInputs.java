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

  static boolean anyNullable(List<BoundExpression> arguments) {
    return arguments.stream().anyMatch(BoundExpression::nullable);
  }
}
