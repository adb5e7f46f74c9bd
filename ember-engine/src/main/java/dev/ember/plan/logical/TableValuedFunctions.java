package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spark's built-in table-valued functions ({@code SELECT * FROM explode(array(1, 2))}, {@code range(1, 5)}, or
 * {@code spark.tvf().explode(...)} over Spark Connect): a generator over one empty row, or the range relation. The
 * SQL front end and the Connect translator both build them here; any other name is an
 * {@link UnresolvedTableFunction} for the analyzer (a session's SQL table function, or Spark's error).
 */
public final class TableValuedFunctions {
  private static final Set<String> GENERATORS = Set.of("explode", "explode_outer", "inline", "inline_outer",
      "json_tuple", "posexplode", "posexplode_outer", "stack", "variant_explode", "variant_explode_outer");

  private TableValuedFunctions() {
  }

  public static boolean isGenerator(String name) {
    return GENERATORS.contains(name);
  }

  /**
   * The generator's rows, its columns named by {@code columns} (or Spark's names) and qualified by the alias;
   * {@code name} one {@link #isGenerator} accepts.
   */
  public static LogicalPlan generator(String name, List<Expression> arguments, Optional<String> tableAlias,
      List<String> columns) {
    return new LateralView(oneRow(), new UnresolvedFunction(name, arguments, false), false, tableAlias, columns,
        true);
  }

  /** One row of no columns, what a table function without input reads. */
  public static LogicalPlan oneRow() {
    return new LocalRelation(new StructType(List.of()), List.of(List.of()));
  }

  /** {@code range(end)}, {@code range(start, end[, step[, partitions]])}; empty for any other number of bounds. */
  public static Optional<LogicalPlan> range(List<Long> bounds) {
    return switch (bounds.size()) {
      case 1 -> Optional.of(new Range(0, bounds.get(0), 1));
      case 2 -> Optional.of(new Range(bounds.get(0), bounds.get(1), 1));
      case 3 -> Optional.of(new Range(bounds.get(0), bounds.get(1), bounds.get(2)));
      case 4 -> Optional.of(new Range(bounds.get(0), bounds.get(1), bounds.get(2),
          java.util.OptionalInt.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bounds.get(3))))));
      default -> Optional.empty();
    };
  }
}
