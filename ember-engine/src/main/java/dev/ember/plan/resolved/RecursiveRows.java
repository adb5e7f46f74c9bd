package dev.ember.plan.resolved;

import java.util.List;
import java.util.OptionalLong;

/**
 * The rows of a recursive CTE: the {@code anchor}'s, then the {@code step}'s level by level; the step reads the
 * previous level as the table {@code tableName} (a {@link CachedScan}: columns c0, c1, ...). Spark's limits travel
 * along: a level at {@code levelLimit} that adds rows fails (RECURSION_LEVEL_LIMIT_EXCEEDED), so does a total above
 * {@code rowLimit} (RECURSION_ROW_LIMIT_EXCEEDED; none with {@code -1}); with {@code limit} the recursion stops
 * once that many rows exist instead.
 */
public record RecursiveRows(String tableName, ResolvedPlan anchor, ResolvedPlan step, List<Attribute> output,
    int levelLimit, long rowLimit, OptionalLong limit) implements ResolvedPlan {
  public RecursiveRows {
    output = List.copyOf(output);
  }
}
