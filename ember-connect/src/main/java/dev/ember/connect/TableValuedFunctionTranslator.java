package dev.ember.connect;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.TableValuedFunctions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.connect.proto.UnresolvedTableValuedFunction;

/**
 * {@code spark.tvf().explode(...)} and its siblings ({@code UnresolvedTableValuedFunction}): the same plan as the SQL
 * text {@code SELECT * FROM explode(...)}; {@code range} with constant bounds is the range relation.
 */
final class TableValuedFunctionTranslator {
  private TableValuedFunctionTranslator() {
  }

  static LogicalPlan translate(UnresolvedTableValuedFunction function) {
    String name = function.getFunctionName().toLowerCase(Locale.ROOT);
    List<Expression> arguments = ExpressionTranslator.translateAll(function.getArgumentsList());
    if (name.equals("range")) {
      Optional<LogicalPlan> range = range(arguments);
      if (range.isPresent()) {
        return range.get();
      }
    }
    return TableValuedFunctions.generator(name, arguments, Optional.empty(), List.of());
  }

  private static Optional<LogicalPlan> range(List<Expression> arguments) {
    long[] bounds = new long[arguments.size()];
    for (int i = 0; i < bounds.length; i++) {
      if (!(arguments.get(i) instanceof Literal literal) || !(literal.value() instanceof Number number)) {
        return Optional.empty();
      }
      bounds[i] = number.longValue();
    }
    return switch (bounds.length) {
      case 1 -> Optional.of(new Range(0, bounds[0], 1));
      case 2 -> Optional.of(new Range(bounds[0], bounds[1], 1));
      case 3, 4 -> Optional.of(new Range(bounds[0], bounds[1], bounds[2]));
      default -> Optional.empty();
    };
  }
}
