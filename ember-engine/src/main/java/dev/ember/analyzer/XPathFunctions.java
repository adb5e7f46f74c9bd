package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;

/**
 * xpath (the matching nodes' values), xpath_string, xpath_boolean and the numeric xpath_double / xpath_number /
 * xpath_float / xpath_int / xpath_long / xpath_short: two strings without implicit casts, the path a constant;
 * always nullable (an empty document gives NULL).
 */
final class XPathFunctions {
  private XPathFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        xpath("xpath", "nodes", new ArrayType(AtomicType.STRING, true)),
        xpath("xpath_string", "string", AtomicType.STRING),
        xpath("xpath_boolean", "boolean", AtomicType.BOOLEAN),
        xpath("xpath_double", "double", AtomicType.DOUBLE),
        xpath("xpath_number", "double", AtomicType.DOUBLE),
        xpath("xpath_float", "float", AtomicType.FLOAT),
        xpath("xpath_int", "int", AtomicType.INTEGER),
        xpath("xpath_long", "long", AtomicType.LONG),
        xpath("xpath_short", "short", AtomicType.SHORT));
  }

  private static FunctionDefinition xpath(String name, String kind, DataType result) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      for (int i = 0; i < 2; i++) {
        if (arguments.get(i).dataType() != AtomicType.STRING) {
          throw InputChecks.unexpectedType(pretty, i, sql.get(i), arguments.get(i).dataType(), "\"STRING\"");
        }
      }
      BoundExpression path = arguments.get(1);
      boolean constant = path instanceof Literal
          || path instanceof BoundCast cast && cast.child() instanceof Literal;
      if (!constant) {
        throw SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
            "the input `path` should be a foldable \"STRING\" expression; however, got \"" + sql.get(1) + "\".",
            Map.of("inputName", "`path`", "inputType", "\"STRING\"", "inputExpr", "\"" + sql.get(1) + "\""));
      }
      return new Call("xpath", List.of(arguments.get(0), path, Literal.of(kind)), result, true);
    }, prefix(name));
  }
}
