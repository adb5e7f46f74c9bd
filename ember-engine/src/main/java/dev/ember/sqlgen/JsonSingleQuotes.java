package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * Spark's JSON option {@code allowSingleQuotes} (on by default): a record may quote its strings and
 * names with {@code '}. DuckDB's JSON functions read only {@code "}, so a line holding a {@code '} is
 * cut into tokens — double-quoted strings, single-quoted strings, anything else — and each
 * single-quoted one rewritten with double quotes ({@code \'} unescaped, {@code "} escaped). The
 * line's own text is kept for the corrupt-record field.
 */
final class JsonSingleQuotes {
  /** A double-quoted string, a single-quoted string, a run of other characters, or one stray character. */
  private static final String TOKEN = "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[^\"']+|.";
  private static final String PART = "ember_token";

  private JsonSingleQuotes() {
  }

  static SqlExpression doubleQuoted(SqlExpression line) {
    SqlExpression token = new SqlColumn(PART);
    SqlExpression inner = SqlCall.of("substr", token, literal(2),
        SqlOperator.infix("-", SqlCall.of("length", token), literal(2)));
    SqlExpression unescaped = SqlCall.of("replace", SqlCall.of("replace", inner, text("\\'"), text("'")), text("\""),
        text("\\\""));
    SqlExpression rewritten = new SqlCase(List.of(new SqlCase.When(SqlCall.of("starts_with", token, text("'")),
        SqlCall.of("concat", text("\""), unescaped, text("\"")))), token);
    SqlExpression tokens = SqlCall.of("regexp_extract_all", line, text(TOKEN));
    SqlExpression converted = SqlCall.of("array_to_string", SqlCall.of("list_transform", tokens,
        new SqlLambda(List.of(PART), rewritten)), text(""));
    return new SqlCase(List.of(new SqlCase.When(SqlCall.of("contains", line, text("'")), converted)), line);
  }

  private static SqlExpression text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }

  private static SqlExpression literal(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
