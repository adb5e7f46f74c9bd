package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL's {@code LATERAL VIEW [OUTER] generator(...) table [AS column, ...]} (and a generator called as a table-valued
 * function, over one row): the input's rows, each joined with the rows the generator produces from it. The generated
 * columns take {@code columnAliases} (one per generated column) or Spark's default names, qualified by
 * {@code tableAlias}. {@code tableFunction}: called in FROM, which changes the error for a wrong number of aliases.
 */
public record LateralView(LogicalPlan input, Expression generator, boolean outer, Optional<String> tableAlias,
    List<String> columnAliases, boolean tableFunction) implements LogicalPlan {
  public LateralView {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(tableAlias, "tableAlias");
    columnAliases = List.copyOf(columnAliases);
  }
}
