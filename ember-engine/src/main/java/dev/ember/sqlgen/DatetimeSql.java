package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;

/** Small SQL building blocks shared by the date and timestamp renderings. */
final class DatetimeSql {
  private DatetimeSql() {
  }

  static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  static SqlLiteral number(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }

  static SqlExpression call(String name, SqlExpression... arguments) {
    return SqlCall.of(name, arguments);
  }

  static SqlExpression cast(SqlExpression operand, String duckDbType) {
    return new SqlCast(operand, duckDbType, false);
  }

  static SqlExpression tryCast(SqlExpression operand, String duckDbType) {
    return new SqlCast(operand, duckDbType, true);
  }

  static SqlExpression infix(String operator, SqlExpression left, SqlExpression right) {
    return SqlOperator.infix(operator, left, right);
  }

  static SqlExpression isNotNull(SqlExpression operand) {
    return SqlOperator.postfix("IS NOT NULL", operand);
  }

  /** {@code CASE WHEN condition THEN value ELSE otherwise END}. */
  static SqlExpression when(SqlExpression condition, SqlExpression value, SqlExpression otherwise) {
    return new SqlCase(List.of(new SqlCase.When(condition, value)), otherwise);
  }

  /** DuckDB's {@code error()} carrying a Spark error and its values, typed as {@code resultType}. */
  static SqlExpression raise(RaisedError error, DataType resultType, SqlExpression... payload) {
    List<SqlExpression> parts = new ArrayList<>();
    parts.add(text(error.marker() + RaisedError.PAYLOAD_BOUNDARY));
    for (int i = 0; i < payload.length; i++) {
      if (i > 0) {
        parts.add(text(RaisedError.FIELD_SEPARATOR));
      }
      parts.add(RaisedPayloads.field(payload[i]));
    }
    parts.add(text(RaisedError.PAYLOAD_BOUNDARY));
    return cast(SqlCall.of("error", new SqlCall("concat", parts, false)), DuckDbTypes.of(resultType));
  }

  /**
   * ANSI: {@code parsed}, or the error when it is NULL although {@code input} is not (a value that
   * could not be read).
   */
  static SqlExpression failIfNull(SqlExpression parsed, SqlExpression input, SqlExpression raise) {
    return when(infix("AND", SqlOperator.postfix("IS NULL", parsed), isNotNull(input)), raise, parsed);
  }

  /**
   * A wall-clock TIMESTAMP read in the session time zone as a TIMESTAMPTZ. In the repeated hour when
   * clocks go back Spark (java.time) takes the earlier offset where DuckDB takes the later one.
   */
  static SqlExpression localToInstant(SqlExpression local) {
    SqlExpression later = cast(local, "TIMESTAMPTZ");
    SqlExpression earlier = infix("-", later, call("to_hours", number(1)));
    return when(infix("=", cast(earlier, "TIMESTAMP"), local), earlier, later);
  }
}
