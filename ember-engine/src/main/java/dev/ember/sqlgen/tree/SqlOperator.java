package dev.ember.sqlgen.tree;

import java.util.List;

/**
 * An operator written between or around its operands: binary {@code (a + b)}, prefix
 * {@code (NOT a)} / {@code (- a)}, postfix {@code (a IS NULL)}, list {@code (a IN (b, c))} (the
 * first operand is the value, the others the non-empty list), list value {@code (a IN (SELECT unnest(l)))}
 * (the second operand a list, which DuckDB matches with a hash join).
 */
public record SqlOperator(Form form, String operator, List<SqlExpression> operands) implements SqlExpression {
  public enum Form { INFIX, PREFIX, POSTFIX, IN_LIST, IN_LIST_VALUE }

  public SqlOperator {
    operands = List.copyOf(operands);
  }

  public static SqlOperator infix(String operator, SqlExpression left, SqlExpression right) {
    return new SqlOperator(Form.INFIX, operator, List.of(left, right));
  }

  public static SqlOperator prefix(String operator, SqlExpression operand) {
    return new SqlOperator(Form.PREFIX, operator, List.of(operand));
  }

  public static SqlOperator inList(SqlExpression value, List<SqlExpression> list) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("IN needs at least one value");
    }
    List<SqlExpression> operands = new java.util.ArrayList<>();
    operands.add(value);
    operands.addAll(list);
    return new SqlOperator(Form.IN_LIST, "IN", operands);
  }

  public static SqlOperator inListValue(SqlExpression value, SqlExpression list) {
    return new SqlOperator(Form.IN_LIST_VALUE, "IN", List.of(value, list));
  }

  public static SqlOperator postfix(String operator, SqlExpression operand) {
    return new SqlOperator(Form.POSTFIX, operator, List.of(operand));
  }
}
