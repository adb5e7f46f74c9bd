package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered aggregates WITHIN GROUP calls become ({@link WithinGroupAggregates}), under names no SQL text can
 * spell: {@code percentile_cont}/{@code percentile_disc} of (value, percentage, descending), Spark's percentile over
 * the values in that direction (interpolated, or the first whose cumulative distribution reaches the percentage);
 * {@code mode} of the largest of the most frequent values (ORDER BY ... DESC; ascending is {@code mode(x, true)});
 * {@code listagg} of (value, delimiter, key, direction, ...), joined in the keys' order. Each is named as Spark
 * names it.
 */
final class WithinGroupFunctions {
  static final String PERCENTILE_CONT = "percentile_cont within group";
  static final String PERCENTILE_DISC = "percentile_disc within group";
  /** percentile_disc under spark.sql.legacy.percentileDiscCalculation: the lower value at (count - 1) * p. */
  static final String PERCENTILE_DISC_LEGACY = "percentile_disc within group legacy";
  static final String MODE_DESCENDING = "mode within group descending";
  static final String LISTAGG = "listagg within group";

  private WithinGroupFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(percentile(PERCENTILE_CONT, "percentile_cont", "cont"),
        percentile(PERCENTILE_DISC, "percentile_disc", "disc"),
        percentile(PERCENTILE_DISC_LEGACY, "percentile_disc", "lower"),
        new FunctionDefinition(MODE_DESCENDING, 1, 1, true,
            (pretty, arguments, sql) -> new Call("mode_deterministic_desc", List.of(arguments.get(0)),
                arguments.get(0).dataType(), true),
            (names, distinct) -> "mode() WITHIN GROUP (ORDER BY " + names.get(0) + ")"),
        new FunctionDefinition(LISTAGG, 4, FunctionDefinition.VARIADIC, true, WithinGroupFunctions::listagg,
            WithinGroupFunctions::listaggName));
  }

  /** Spark's direction of a sort key as it names it. */
  static String direction(boolean ascending, boolean nullsFirst) {
    return (ascending ? "ASC" : "DESC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
  }

  private static FunctionDefinition percentile(String internal, String pretty, String kind) {
    return new FunctionDefinition(internal, 3, 3, true,
        (name, arguments, sql) -> PercentileFunctions.ordered(pretty, arguments.subList(0, 2), sql.subList(0, 2),
            kind + (descending(arguments) ? " desc" : "")),
        new FunctionDefinition.Namer() {
          @Override
          public String name(List<String> names, boolean distinct) {
            return pretty + "(" + names.get(1) + ") WITHIN GROUP (ORDER BY " + names.get(0) + ")";
          }

          @Override
          public String name(List<String> names, List<BoundExpression> arguments, boolean distinct) {
            return pretty + "(" + names.get(1) + ") WITHIN GROUP (ORDER BY " + names.get(0)
                + (descending(arguments) ? " DESC" : "") + ")";
          }
        });
  }

  private static boolean descending(List<BoundExpression> arguments) {
    return arguments.get(2) instanceof Literal flag && Boolean.TRUE.equals(flag.value());
  }

  private static BoundExpression listagg(String pretty, List<BoundExpression> arguments, List<String> sql) {
    Call joined = (Call) ListAggFunctions.bind("listagg", pretty, arguments.subList(0, 2), sql.subList(0, 2));
    List<BoundExpression> all = new ArrayList<>(joined.arguments());
    all.addAll(arguments.subList(2, arguments.size()));
    return new Call(joined.function(), all, joined.dataType(), joined.nullable());
  }

  private static String listaggName(List<String> names, boolean distinct) {
    List<String> keys = new ArrayList<>();
    for (int index = 2; index + 1 < names.size(); index += 2) {
      keys.add(names.get(index) + " " + names.get(index + 1));
    }
    return "listagg(" + (distinct ? "DISTINCT " : "") + names.get(0) + ", " + names.get(1) + ") WITHIN GROUP (ORDER BY "
        + String.join(", ", keys) + ")";
  }
}
