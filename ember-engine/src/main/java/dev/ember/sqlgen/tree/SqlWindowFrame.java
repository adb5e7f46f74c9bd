package dev.ember.sqlgen.tree;

import java.util.Objects;

/** {@code ROWS|RANGE BETWEEN lower AND upper} of a window. */
public record SqlWindowFrame(Unit unit, Bound lower, Bound upper) {
  public SqlWindowFrame {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  public enum Unit { ROWS, RANGE }

  public enum Direction { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

  /**
   * A boundary; {@code amount} (non-negative) counts only for PRECEDING and FOLLOWING, unless {@code value} (a
   * non-negative constant of the order key's kind: a decimal, a double, an INTERVAL) gives it.
   */
  public record Bound(Direction direction, long amount, SqlExpression value) {
    public Bound {
      Objects.requireNonNull(direction, "direction");
      if (amount < 0) {
        throw new IllegalArgumentException("negative frame amount " + amount);
      }
    }

    public Bound(Direction direction, long amount) {
      this(direction, amount, null);
    }
  }
}
