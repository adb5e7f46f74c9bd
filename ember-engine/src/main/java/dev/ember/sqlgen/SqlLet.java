package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Binds a value to a name inside an expression, so that generated arithmetic that uses a value
 * several times does not repeat (and grow exponentially): {@code list_transform([value], lambda v: body)[1]}.
 */
final class SqlLet {
  private static final AtomicLong NAMES = new AtomicLong();

  private SqlLet() {
  }

  /** {@code body} with {@code name} bound to {@code value}. */
  static SqlExpression bind(String name, SqlExpression value, SqlExpression body) {
    return SqlCall.of("list_extract", SqlCall.of("list_transform", new SqlList(List.of(value)),
        new SqlLambda(name, body)), new SqlLiteral(1, AtomicType.INTEGER));
  }

  /**
   * {@code body(v)} with a variable {@code v} bound to {@code value}; columns need no binding. The variable is named
   * after the value's text, so that an expression rendered twice (a grouping key in GROUP BY and in the select list)
   * is the same text, which DuckDB requires of a grouped expression; a nested binding of the same name binds the same
   * text, hence the same value.
   */
  static SqlExpression bind(SqlExpression value, Function<SqlExpression, SqlExpression> body) {
    if (value instanceof SqlColumn || value instanceof SqlLiteral) {
      return body.apply(value);
    }
    String name = nameOf(value);
    return bind(name, value, body.apply(new SqlColumn(name)));
  }

  /** {@code v#} and a 64-bit FNV-1a hash of the value's text. */
  private static String nameOf(SqlExpression value) {
    long hash = 0xcbf29ce484222325L;
    for (char c : SqlRenderer.render(value).toCharArray()) {
      hash = (hash ^ c) * 0x100000001b3L;
    }
    return "v#" + Long.toHexString(hash);
  }

  static String freshName() {
    return "v#" + NAMES.incrementAndGet();
  }
}
