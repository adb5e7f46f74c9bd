package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Spark's errors for an argument of the {@code range} table function that is no constant number: NULL is
 * UNEXPECTED_INPUT_TYPE, a column or a subquery NON_FOLDABLE_ARGUMENT, each naming the parameter as Spark's range
 * signature does ({@code start, end, step, numPartitions}; one argument is the end).
 */
final class SqlRangeArguments {
  private static final List<String> PARAMETERS = List.of("start", "end", "step", "numPartitions");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

  private SqlRangeArguments() {
  }

  /** The error for argument {@code index} of {@code count}, when Spark names one; empty otherwise. */
  static Optional<EmberException> invalid(ExpressionBuilder expressions, Expression value,
      SqlBaseParser.FunctionTableArgumentContext argument, int count, int index) {
    int parameter = count == 1 ? 1 : index;
    String type = parameter == 3 ? "\"INT\"" : "\"BIGINT\"";
    if (value instanceof Literal literal && literal.value() == null) {
      return Optional.of(new EmberException(ErrorKind.ANALYSIS, "UNEXPECTED_INPUT_TYPE", "42K09",
          "Parameter " + ORDINALS.get(parameter) + " of function `range` requires the " + type
              + " type, however \"NULL\" has the type \"VOID\".",
          Map.of("paramIndex", ORDINALS.get(parameter), "functionName", "`range`", "requiredType", type,
              "inputSql", "\"NULL\"", "inputType", "\"VOID\"")));
    }
    if (value instanceof SubqueryExpression || value instanceof UnresolvedAttribute) {
      String name = "`" + PARAMETERS.get(parameter) + "`";
      return Optional.of(new EmberException(ErrorKind.ANALYSIS, "NON_FOLDABLE_ARGUMENT", "42K08",
          "The function `range` requires the parameter " + name + " to be a foldable expression of the type " + type
              + ", but the actual argument is a non-foldable.",
          Map.of("funcName", "`range`", "paramName", name, "paramType", type)));
    }
    return Optional.empty();
  }
}
