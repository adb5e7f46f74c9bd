package dev.ember.plan.expressions;

import java.util.List;
import java.util.Optional;

/**
 * An expression of a SQL pipe operator ({@code |> SELECT}, {@code EXTEND}, {@code SET}, {@code AGGREGATE}), carried
 * as a call of a name no SQL text or Connect client can spell (as {@link AggregateFilters} carries FILTER), so the
 * analyzer can check it as Spark's {@code PipeExpression} does once it is resolved: no aggregate function outside
 * {@code |> AGGREGATE}, at least one inside it.
 */
public final class PipeExpressions {
  /** Not a function name Spark's grammar can produce (it has spaces and parentheses). */
  public static final String NAME = "<expression> (|> <clause>)";

  private PipeExpressions() {
  }

  /** {@code expression} written in the pipe operator {@code clause}; {@code aggregate} for {@code |> AGGREGATE}. */
  public static UnresolvedFunction of(Expression expression, String clause, boolean aggregate) {
    return new UnresolvedFunction(NAME, List.of(expression, Literal.of(clause), Literal.of(aggregate)), false);
  }

  /** {@code |> SET column = expression}: the expression, which replaces {@code column}, a column that must exist. */
  public static UnresolvedFunction assigning(Expression expression, String clause, UnresolvedAttribute column) {
    return new UnresolvedFunction(NAME, List.of(expression, Literal.of(clause), Literal.of(false), column), false);
  }

  /** Not a function name Spark's grammar can produce: the input's column at a position. */
  public static final String INPUT_COLUMN = "<input column at (position)>";

  /** {@code |> AGGREGATE ... GROUP BY 2}: the second column of the query before the pipe. */
  public static UnresolvedFunction inputColumn(int position) {
    return new UnresolvedFunction(INPUT_COLUMN, List.of(Literal.of(position)), false);
  }

  /** The position a call of {@link #inputColumn} names, when it is one. */
  public static Optional<Integer> inputColumnPosition(UnresolvedFunction call) {
    return call.name().equals(INPUT_COLUMN) ? Optional.of((Integer) ((Literal) call.arguments().get(0)).value())
        : Optional.empty();
  }

  /** The expression, its clause and whether it must aggregate, when the call is one. */
  public static Optional<Parts> parts(UnresolvedFunction call) {
    if (!call.name().equals(NAME)) {
      return Optional.empty();
    }
    List<Expression> arguments = call.arguments();
    return Optional.of(new Parts(arguments.get(0), (String) ((Literal) arguments.get(1)).value(),
        (Boolean) ((Literal) arguments.get(2)).value(),
        arguments.size() > 3 ? Optional.of(arguments.get(3)) : Optional.empty()));
  }

  /**
   * The expression written, the pipe operator's clause, whether it is {@code |> AGGREGATE}'s, and the column
   * {@code |> SET} assigns.
   */
  public record Parts(Expression expression, String clause, boolean aggregate, Optional<Expression> assigned) {
  }
}
