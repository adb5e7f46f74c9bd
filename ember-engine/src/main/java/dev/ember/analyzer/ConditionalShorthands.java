package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * if, nvl2, nullif, nullifzero, zeroifnull and between: Spark rewrites each into CASE, coalesce or
 * comparisons, whose type rules and errors (naming the rewritten expression) they keep.
 */
final class ConditionalShorthands {
  /** How Spark shows the shared operand of a rewritten nullif or between in its errors. */
  private static final String SHARED_OPERAND = "commonexpressionref()";

  private ConditionalShorthands() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("if", 3, 3, false, (pretty, arguments, sql) -> {
          BoundExpression condition = arguments.get(0);
          if (condition.dataType() != AtomicType.BOOLEAN && condition.dataType() != AtomicType.NULL) {
            throw InputChecks.unexpectedType(pretty, 0, sql.get(0), condition.dataType(), "\"BOOLEAN\"");
          }
          return choice(pretty, TypeCoercion.castTo(condition, AtomicType.BOOLEAN), arguments.get(1), arguments.get(2));
        }, (names, distinct) -> "(IF(" + String.join(", ", names) + "))"),
        new FunctionDefinition("nvl2", 3, 3, false, (pretty, arguments, sql) -> choice(
            "(IF((" + sql.get(0) + " IS NOT NULL), " + sql.get(1) + ", " + sql.get(2) + "))",
            new Call("is_not_null", List.of(arguments.get(0)), AtomicType.BOOLEAN, false),
            arguments.get(1), arguments.get(2)), prefix("nvl2")),
        new FunctionDefinition("nullif", 2, 2, false,
            (pretty, arguments, sql) -> nullWhenEqual(arguments.get(0), arguments.get(1), sql.get(1)), prefix("nullif")),
        new FunctionDefinition("nullifzero", 1, 1, false,
            (pretty, arguments, sql) -> nullWhenEqual(arguments.get(0), Literal.of(0), "0"), prefix("nullifzero")),
        new FunctionDefinition("zeroifnull", 1, 1, false, (pretty, arguments, sql) -> {
          List<BoundExpression> values = List.of(arguments.get(0), Literal.of(0));
          DataType type = TypeCoercion.widerType(InputChecks.types(values), true)
              .orElseThrow(() -> InputChecks.differentTypesAlternatives(pretty, "coalesce", InputChecks.types(values)));
          return new Call("coalesce", TypeCoercion.castAll(values, type), type, false);
        }, prefix("zeroifnull")),
        new FunctionDefinition("between", 3, 3, false, (pretty, arguments, sql) -> {
          BoundExpression atLeast = PredicateFunctions.bindComparison("greater_than_or_equal",
              "(" + SHARED_OPERAND + " >= " + sql.get(1) + ")", arguments.get(0), arguments.get(1));
          BoundExpression atMost = PredicateFunctions.bindComparison("less_than_or_equal",
              "(" + SHARED_OPERAND + " <= " + sql.get(2) + ")", arguments.get(0), arguments.get(2));
          return new Call("and", List.of(atLeast, atMost), AtomicType.BOOLEAN, atLeast.nullable() || atMost.nullable());
        }, prefix("between")));
  }

  /** {@code CASE WHEN condition THEN a ELSE b END}, a and b widened to one type as Spark's If does. */
  private static BoundExpression choice(String pretty, BoundExpression condition, BoundExpression whenTrue,
      BoundExpression whenFalse) {
    List<BoundExpression> values = List.of(whenTrue, whenFalse);
    DataType type = TypeCoercion.widerType(InputChecks.types(values), true)
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "if", InputChecks.types(values)));
    List<BoundExpression> coerced = TypeCoercion.castAll(values, type);
    return new Call("case_when", List.of(condition, coerced.get(0), coerced.get(1)), type,
        coerced.get(0).nullable() || coerced.get(1).nullable());
  }

  /** NULL when {@code value = other}, else the value with its own type. */
  private static BoundExpression nullWhenEqual(BoundExpression value, BoundExpression other, String otherSql) {
    BoundExpression equal = PredicateFunctions.bindComparison("equal", "(" + SHARED_OPERAND + " = " + otherSql + ")",
        value, other);
    DataType type = value.dataType() == AtomicType.NULL ? AtomicType.NULL : value.dataType();
    return new Call("case_when", List.of(equal, Literal.nullOf(type), value), type, true);
  }
}
