package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * Java's {@code Double.toString} / {@code Float.toString} of a finite value from DuckDB's shortest
 * text of the same value: decimal notation for magnitudes in [1e-3, 1e7), otherwise
 * {@code d.dddE±n} (DuckDB writes {@code 1e+20} and {@code 123456789.0}; Java {@code 1.0E20} and {@code 1.23456789E8}).
 */
final class JavaNumberText {
  private JavaNumberText() {
  }

  static SqlExpression of(SqlExpression value) {
    return SqlLet.bind(value, x -> SqlLet.bind(new SqlCast(x, "VARCHAR", false), text -> {
      SqlExpression magnitude = SqlCall.of("abs", x);
      SqlExpression sign = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", x, zero()), text("-"))),
          text(""));
      SqlExpression unsigned = SqlCall.of("ltrim", text, text("-"));
      return new SqlCase(List.of(
          new SqlCase.When(SqlCall.of("contains", text, text("e")), exponentForm(text)),
          new SqlCase.When(SqlOperator.infix(">=", magnitude, new SqlLiteral(1e7, AtomicType.DOUBLE)),
              large(sign, unsigned)),
          new SqlCase.When(SqlOperator.infix("AND", SqlOperator.infix("<", magnitude,
              new SqlLiteral(1e-3, AtomicType.DOUBLE)), SqlOperator.infix("<>", magnitude, zero())),
              small(sign, unsigned))),
          text);
    }));
  }

  /** {@code 1e+20} → {@code 1.0E20}, {@code 1.5e-05} → {@code 1.5E-5}. */
  private static SqlExpression exponentForm(SqlExpression text) {
    SqlExpression withFraction = SqlCall.of("regexp_replace", text, text("^(-?[0-9])e"), text("\\1.0e"));
    return SqlCall.of("regexp_replace", withFraction, text("^(-?[0-9]\\.[0-9]+)e\\+?(-?)0*([0-9]+)$"),
        text("\\1E\\2\\3"));
  }

  /** {@code 123456789.0} → {@code 1.23456789E8}. */
  private static SqlExpression large(SqlExpression sign, SqlExpression unsigned) {
    SqlExpression integerPart = SqlCall.of("split_part", unsigned, text("."), new SqlLiteral(1, AtomicType.INTEGER));
    SqlExpression digits = SqlCall.of("rtrim", SqlCall.of("replace", unsigned, text("."), text("")), text("0"));
    SqlExpression exponent = new SqlCast(SqlOperator.infix("-", SqlCall.of("length", integerPart),
        new SqlLiteral(1, AtomicType.INTEGER)), "VARCHAR", false);
    return scientific(sign, digits, exponent);
  }

  /** {@code 0.0001234} → {@code 1.234E-4}. */
  private static SqlExpression small(SqlExpression sign, SqlExpression unsigned) {
    SqlExpression fraction = SqlCall.of("split_part", unsigned, text("."), new SqlLiteral(2, AtomicType.INTEGER));
    SqlExpression digits = SqlCall.of("ltrim", fraction, text("0"));
    SqlExpression exponent = new SqlCast(SqlOperator.prefix("-", SqlOperator.infix("+", SqlOperator.infix("-",
        SqlCall.of("length", fraction), SqlCall.of("length", digits)), new SqlLiteral(1, AtomicType.INTEGER))),
        "VARCHAR", false);
    return scientific(sign, digits, exponent);
  }

  private static SqlExpression scientific(SqlExpression sign, SqlExpression digits, SqlExpression exponent) {
    SqlExpression rest = SqlCall.of("coalesce", SqlCall.of("nullif", SqlCall.of("substr", digits,
        new SqlLiteral(2, AtomicType.INTEGER)), text("")), text("0"));
    return new SqlCall("concat", List.of(sign, SqlCall.of("substr", digits, new SqlLiteral(1, AtomicType.INTEGER),
        new SqlLiteral(1, AtomicType.INTEGER)), text("."), rest, text("E"), exponent), false);
  }

  private static SqlLiteral zero() {
    return new SqlLiteral(0.0, AtomicType.DOUBLE);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
