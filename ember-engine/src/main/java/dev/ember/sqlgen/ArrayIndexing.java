package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/** {@code array[index]} with Spark's 0-based index; out of bounds raises INVALID_ARRAY_INDEX (ANSI). */
final class ArrayIndexing {
  private ArrayIndexing() {
  }

  static SqlExpression element(SqlExpression array, SqlExpression index, String elementType) {
    SqlExpression size = SqlCall.of("len", array);
    SqlExpression outOfBounds = SqlOperator.infix("OR",
        SqlOperator.infix("<", index, integer(0)), SqlOperator.infix(">=", index, size));
    SqlExpression message = SqlCall.of("concat", new SqlLiteral(RaisedError.INVALID_ARRAY_INDEX.marker()
        + RaisedError.ARGUMENT_SEPARATOR, AtomicType.STRING), index,
        new SqlLiteral(RaisedError.ARGUMENT_SEPARATOR, AtomicType.STRING), size);
    SqlExpression raise = new SqlCast(SqlCall.of("error", message), elementType, false);
    // DuckDB's list index is 1-based
    SqlExpression element = SqlCall.of("list_extract", array, SqlOperator.infix("+", index, integer(1)));
    return new SqlCase(List.of(new SqlCase.When(outOfBounds, raise)), element);
  }

  private static SqlLiteral integer(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
