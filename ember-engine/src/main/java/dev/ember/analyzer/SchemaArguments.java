package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import java.util.List;
import java.util.Map;

/**
 * The schema argument of from_json, from_csv and from_xml. The front ends pass a parsed schema string as a typed
 * NULL literal; a constant with a value is something else the user wrote there (Spark's ExprUtils.evalTypeExpr).
 */
final class SchemaArguments {
  private SchemaArguments() {
  }

  /** Spark's INVALID_SCHEMA.NON_STRING_LITERAL for {@code from_json(s, 1)}. */
  static void requireSchemaString(List<BoundExpression> arguments, List<String> sql, int index) {
    if (arguments.get(index) instanceof Literal constant && constant.value() != null) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SCHEMA.NON_STRING_LITERAL", "42K07",
          "The input schema " + sql.get(index) + " must be a string literal.",
          Map.of("inputSchema", "\"" + sql.get(index) + "\""));
    }
  }
}
