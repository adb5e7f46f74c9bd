package dev.ember.plan.expressions;

import java.util.Objects;

/** {@code ROWS|RANGE BETWEEN lower AND upper} as the front end wrote it (offsets not yet checked). */
public record WindowFrame(FrameType type, Boundary lower, Boundary upper) {
  public WindowFrame {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  /** Rows counts physical rows; range compares the value of the (single) order key. */
  public enum FrameType { ROWS, RANGE }

  /**
   * Where a boundary lies: unbounded (preceding as a lower bound, following as an upper one), or unbounded the way
   * SQL wrote it ({@code UNBOUNDED FOLLOWING} as a lower bound is Spark's SPECIFIED_WINDOW_FRAME_INVALID_BOUND).
   */
  public enum BoundaryKind { UNBOUNDED, UNBOUNDED_PRECEDING, UNBOUNDED_FOLLOWING, CURRENT_ROW, OFFSET }

  /** One end of a frame; {@code offset} (negative = preceding) is set only for {@link BoundaryKind#OFFSET}. */
  public record Boundary(BoundaryKind kind, Expression offset) {
    public Boundary {
      Objects.requireNonNull(kind, "kind");
      if ((kind == BoundaryKind.OFFSET) != (offset != null)) {
        throw new IllegalArgumentException("an offset boundary needs an offset, the others none");
      }
    }

    public static Boundary unbounded() {
      return new Boundary(BoundaryKind.UNBOUNDED, null);
    }

    /** {@code UNBOUNDED PRECEDING} ({@code preceding}) or {@code UNBOUNDED FOLLOWING} as SQL wrote it. */
    public static Boundary unbounded(boolean preceding) {
      return new Boundary(preceding ? BoundaryKind.UNBOUNDED_PRECEDING : BoundaryKind.UNBOUNDED_FOLLOWING, null);
    }

    public static Boundary currentRow() {
      return new Boundary(BoundaryKind.CURRENT_ROW, null);
    }

    public static Boundary offset(Expression offset) {
      return new Boundary(BoundaryKind.OFFSET, offset);
    }
  }
}
