package dev.ember.connect;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.TableValuedFunctions;
import dev.ember.plan.logical.UnresolvedTableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.connect.proto.UnresolvedTableValuedFunction;

/**
 * {@code spark.tvf().explode(...)} and its siblings ({@code UnresolvedTableValuedFunction}): the same plan as the SQL
 * text {@code SELECT * FROM explode(...)}; {@code range} with constant bounds is the range relation; any other name
 * is the analyzer's to resolve (a session's SQL table function, or Spark's UNRESOLVABLE_TABLE_VALUED_FUNCTION).
 */
final class TableValuedFunctionTranslator {
  private TableValuedFunctionTranslator() {
  }

  static LogicalPlan translate(UnresolvedTableValuedFunction function) {
    String name = function.getFunctionName().toLowerCase(Locale.ROOT);
    List<Expression> arguments = ExpressionTranslator.translateAll(function.getArgumentsList());
    if (name.equals("range")) {
      Optional<LogicalPlan> range = constantBounds(arguments).flatMap(TableValuedFunctions::range);
      if (range.isPresent()) {
        return range.get();
      }
    }
    return TableValuedFunctions.isGenerator(name)
        ? TableValuedFunctions.generator(name, arguments, Optional.empty(), List.of())
        : new UnresolvedTableFunction(name, arguments);
  }

  /** The arguments as numbers, when every one is a numeric literal. */
  private static Optional<List<Long>> constantBounds(List<Expression> arguments) {
    List<Long> bounds = new ArrayList<>();
    for (Expression argument : arguments) {
      if (!(argument instanceof Literal literal) || !(literal.value() instanceof Number number)) {
        return Optional.empty();
      }
      bounds.add(number.longValue());
    }
    return Optional.of(bounds);
  }
}
