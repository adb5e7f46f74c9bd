package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import java.math.BigDecimal;

/** How Spark prints a literal inside an output column name ({@code usePrettyExpression}). */
final class LiteralNames {
  private LiteralNames() {
  }

  static String pretty(Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return "NULL";
    }
    if (literal.dataType() == AtomicType.STRING || literal.dataType().isNumeric()) {
      if (literal.dataType() instanceof DecimalType) {
        return ((BigDecimal) value).toPlainString();
      }
      return value.toString();
    }
    if (literal.dataType() == AtomicType.DATE) {
      return "DATE '" + value + "'";
    }
    if (literal.dataType() == AtomicType.BOOLEAN) {
      return value.toString();
    }
    return value.toString();
  }
}
