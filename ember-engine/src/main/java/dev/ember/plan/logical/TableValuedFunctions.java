package dev.ember.plan.logical;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spark's table-valued functions that are generators ({@code SELECT * FROM explode(array(1, 2))}, or
 * {@code spark.tvf().explode(...)} over Spark Connect): the generator over one empty row. The SQL front end and the
 * Connect translator both build them here.
 */
public final class TableValuedFunctions {
  private static final Set<String> GENERATORS = Set.of("explode", "explode_outer", "inline", "inline_outer",
      "json_tuple", "posexplode", "posexplode_outer", "stack", "variant_explode", "variant_explode_outer");

  private TableValuedFunctions() {
  }

  public static boolean isGenerator(String name) {
    return GENERATORS.contains(name);
  }

  /** The generator's rows, its columns named by {@code columns} (or Spark's names) and qualified by the alias. */
  public static LogicalPlan generator(String name, List<Expression> arguments, Optional<String> tableAlias,
      List<String> columns) {
    if (!isGenerator(name)) {
      throw unresolvable(name);
    }
    return new LateralView(oneRow(), new UnresolvedFunction(name, arguments, false), false, tableAlias, columns,
        true);
  }

  /** One row of no columns, what a table function without input reads. */
  public static LogicalPlan oneRow() {
    return new LocalRelation(new StructType(List.of()), List.of(List.of()));
  }

  public static EmberException unresolvable(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVABLE_TABLE_VALUED_FUNCTION", "42883",
        "Could not resolve `" + name + "` to a table-valued function. Please make sure that `" + name
            + "` is defined as a table-valued function and that all required parameters are provided correctly. "
            + "If `" + name + "` is not defined, please create the table-valued function before using it. For more "
            + "information about defining table-valued functions, please refer to the Apache Spark documentation.",
        Map.of("name", "`" + name + "`"));
  }
}
