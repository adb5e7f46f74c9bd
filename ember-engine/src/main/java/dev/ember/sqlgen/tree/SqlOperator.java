package dev.ember.sqlgen.tree;

import java.util.List;

/**
 * An operator written between or around its operands: binary {@code (a + b)}, prefix
 * {@code (NOT a)} / {@code (- a)}, postfix {@code (a IS NULL)}.
 */
public record SqlOperator(Form form, String operator, List<SqlExpression> operands) implements SqlExpression {
  public enum Form { INFIX, PREFIX, POSTFIX }

  public SqlOperator {
    operands = List.copyOf(operands);
  }

  public static SqlOperator infix(String operator, SqlExpression left, SqlExpression right) {
    return new SqlOperator(Form.INFIX, operator, List.of(left, right));
  }

  public static SqlOperator prefix(String operator, SqlExpression operand) {
    return new SqlOperator(Form.PREFIX, operator, List.of(operand));
  }

  public static SqlOperator postfix(String operator, SqlExpression operand) {
    return new SqlOperator(Form.POSTFIX, operator, List.of(operand));
  }
}
