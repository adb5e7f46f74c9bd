package dev.ember.sqlgen;

import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;

/**
 * A text field of a run-time error payload ({@link dev.ember.plan.errors.RaisedError}) as the generated SQL writes it:
 * the base64 of the value's UTF-8 bytes, so that any character (outside the BMP, or the payload's own separators)
 * comes back to the engine unchanged through DuckDB's error text.
 */
final class RaisedPayloads {
  private RaisedPayloads() {
  }

  static SqlExpression field(SqlExpression value) {
    return SqlCall.of("to_base64", SqlCall.of("encode", new SqlCast(value, "VARCHAR", false)));
  }
}
