package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;

/** Spark's {@code checkLimitLikeClause}: the row count of limit, offset and tail is not negative. */
final class LimitLikeChecks {
  private LimitLikeChecks() {
  }

  /** The count, or {@code INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE} naming the clause ({@code limit}, {@code offset}, {@code tail}). */
  static long nonNegative(String clause, long count) {
    if (count >= 0) {
      return count;
    }
    String expression = "\"" + count + "\"";
    throw new EmberException(ErrorKind.ANALYSIS, "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE", "42K0E",
        "The limit like expression " + expression + " is invalid. The " + clause
            + " expression must be equal to or greater than 0, but got " + count + ".",
        Map.of("expr", expression, "name", clause, "v", String.valueOf(count)));
  }
}
