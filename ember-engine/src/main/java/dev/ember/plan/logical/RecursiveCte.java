package dev.ember.plan.logical;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A CTE of {@code WITH RECURSIVE} that reads itself: the {@code anchor}'s rows, then the {@code step}'s over the rows
 * the previous level added (read through {@link RecursiveReference}s of the same {@code id}), until a level adds none.
 * {@code columns} names the columns when the CTE lists them; {@code maxLevel} is its {@code MAX RECURSION LEVEL};
 * {@code limit} the LIMIT of the query reading it directly, which stops the recursion once that many rows exist
 * ({@code limitAll} for LIMIT ALL, which lifts the row limit).
 */
public record RecursiveCte(String name, long id, LogicalPlan anchor, LogicalPlan step, List<String> columns,
    OptionalInt maxLevel, OptionalLong limit, boolean limitAll) implements LogicalPlan {
  public RecursiveCte {
    columns = List.copyOf(columns);
  }

  /** The same CTE read under {@code LIMIT n} ({@code n} empty: LIMIT ALL). */
  public RecursiveCte limited(OptionalLong rows) {
    return new RecursiveCte(name, id, anchor, step, columns, maxLevel, rows, rows.isEmpty());
  }
}
