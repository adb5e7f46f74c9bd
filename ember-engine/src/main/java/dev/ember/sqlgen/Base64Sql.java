package dev.ember.sqlgen;

import static dev.ember.sqlgen.StringRenderers.string;

import dev.ember.plan.errors.RaisedError;
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
 * base64 and unbase64 as Spark computes them with java.util.Base64's MIME coder: lines of 76
 * characters separated by CRLF; decoding skips characters outside the alphabet, stops at padding,
 * and fails (a plain IllegalArgumentException) on the endings Java refuses.
 */
final class Base64Sql {
  private static final int LINE = 76;
  private static final String ALPHABET = "[A-Za-z0-9+/]";

  private Base64Sql() {
  }

  static SqlExpression encode(SqlExpression bytes) {
    return SqlLet.bind(SqlCall.of("to_base64", bytes), text -> {
      String line = SqlLet.freshName();
      SqlExpression start = SqlOperator.infix("+", SqlOperator.infix("*", new SqlColumn(line), number(LINE)),
          number(1));
      SqlExpression lines = SqlCall.of("range", StringRenderers.bigint(SqlCall.of("ceil", SqlOperator.infix("/",
          SqlCall.of("length", text), new SqlLiteral((double) LINE, AtomicType.DOUBLE)))));
      return SqlCall.of("array_to_string", SqlCall.of("list_transform", lines, new SqlLambda(line,
          SqlCall.of("substring", text, start, number(LINE)))), string("\r\n"));
    });
  }

  /**
   * The alphabet characters before the first '=' (n of them); what follows the padding may hold no
   * alphabet character. Java refuses a lone last character (n % 4 = 1), padding where none belongs
   * (n % 4 = 0) and a single '=' after two characters.
   */
  static SqlExpression decode(SqlExpression text) {
    SqlExpression beforePadding = SqlCall.of("regexp_extract", text, string("^[^=]*"));
    return SqlLet.bind(beforePadding, prefix -> SqlLet.bind(SqlCall.of("regexp_replace", prefix,
        string("[^A-Za-z0-9+/]"), string(""), string("g")), alphabet -> {
          SqlExpression remainder = SqlOperator.infix("%", SqlCall.of("length", alphabet), number(4));
          SqlExpression padded = SqlCall.of("contains", text, string("="));
          SqlExpression paddingEnd = SqlOperator.infix("+", SqlCall.of("length", prefix),
              new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", remainder, number(2)), number(2))),
                  number(1)));
          SqlExpression afterPadding = SqlCall.of("substring", text, SqlOperator.infix("+", paddingEnd, number(1)));
          SqlExpression strayOffset = SqlOperator.infix("+", SqlOperator.infix("+", paddingEnd,
              SqlCall.of("length", SqlCall.of("regexp_extract", afterPadding, string("^[^A-Za-z0-9+/]*")))),
              number(1));
          SqlExpression wrongEnding = SqlOperator.infix("AND", padded, SqlOperator.infix("OR",
              SqlOperator.infix("=", remainder, number(0)), SqlOperator.infix("AND",
                  SqlOperator.infix("=", remainder, number(2)), SqlOperator.infix("IS DISTINCT FROM",
                      SqlCall.of("substring", text, paddingEnd, number(1)), string("=")))));
          SqlExpression whole = SqlOperator.infix("||", alphabet, SqlCall.of("repeat", string("="),
              SqlOperator.infix("%", SqlOperator.infix("-", number(4), remainder), number(4))));
          return new SqlCase(List.of(
              new SqlCase.When(SqlOperator.postfix("IS NULL", text), new SqlLiteral(null, AtomicType.BINARY)),
              new SqlCase.When(wrongEnding, failure(string("Input byte array has wrong 4-byte ending unit"))),
              new SqlCase.When(SqlOperator.infix("=", remainder, number(1)),
                  failure(string("Last unit does not have enough valid bits"))),
              new SqlCase.When(SqlOperator.infix("AND", padded, SqlCall.of("regexp_matches", afterPadding,
                  string(ALPHABET))), failure(SqlOperator.infix("||",
                  string("Input byte array has incorrect ending byte at "),
                  SqlCall.of("strlen", SqlCall.of("left", text, strayOffset)))))),
              SqlCall.of("from_base64", whole));
        }));
  }

  private static SqlExpression failure(SqlExpression message) {
    return DatetimeSql.raise(RaisedError.ILLEGAL_ARGUMENT, AtomicType.BINARY, message);
  }

  private static SqlLiteral number(int value) {
    return new SqlLiteral(value, AtomicType.INTEGER);
  }
}
