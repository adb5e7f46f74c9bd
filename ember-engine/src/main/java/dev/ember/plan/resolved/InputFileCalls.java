package dev.ember.plan.resolved;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * input_file_name, input_file_block_start and input_file_block_length: which operators call them, for the
 * analyzer's check of their sources and the SQL generator's carrying of the file name.
 */
public final class InputFileCalls {
  public static final List<String> NAMES = List.of("input_file_name", "input_file_block_start",
      "input_file_block_length", "file_metadata");

  private InputFileCalls() {
  }

  /** The first of these functions the operator itself evaluates (a projection, selection or aggregation). */
  public static Optional<String> firstIn(ResolvedPlan plan) {
    List<BoundExpression> expressions = new ArrayList<>();
    if (plan instanceof Projection projection) {
      projection.columns().stream().map(NamedExpression::expression).forEach(expressions::add);
    } else if (plan instanceof Selection selection) {
      expressions.add(selection.condition());
    } else if (plan instanceof Aggregation aggregation) {
      expressions.addAll(aggregation.groupings());
      aggregation.columns().stream().map(NamedExpression::expression).forEach(expressions::add);
    }
    for (BoundExpression expression : expressions) {
      List<String> found = new ArrayList<>();
      BoundExpressions.anyMatch(expression, node -> {
        if (node instanceof Call call && NAMES.contains(call.function())) {
          found.add(call.function());
          return true;
        }
        return false;
      });
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }
}
