package dev.ember.plan.errors;

import java.util.Map;

/** Spark's errors for recursive CTEs the parser and the analyzer both raise. */
public final class RecursionErrors {
  private RecursionErrors() {
  }

  public static EmberException invalidRecursiveCte() {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_RECURSIVE_CTE", "42836",
        "Invalid recursive definition found. Recursive queries must contain an UNION or an UNION ALL statement with "
            + "2 children. The first child needs to be the anchor term without any recursive references. Any top "
            + "level inner CTE must not contain self references.", Map.of());
  }

  public static EmberException invalidPlace() {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_RECURSIVE_REFERENCE.PLACE", "42836",
        "Invalid recursive reference found inside WITH RECURSIVE clause. Recursive references cannot be used on the "
            + "right side of left outer/semi/anti joins, on the left side of right outer joins, in full outer joins, "
            + "in aggregates, window functions or sorts", Map.of());
  }
}
