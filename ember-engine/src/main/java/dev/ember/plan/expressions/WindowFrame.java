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

  /** Where a boundary lies: unbounded (preceding as a lower bound, following as an upper one). */
  public enum BoundaryKind { UNBOUNDED, CURRENT_ROW, OFFSET }

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

    public static Boundary currentRow() {
      return new Boundary(BoundaryKind.CURRENT_ROW, null);
    }

    public static Boundary offset(Expression offset) {
      return new Boundary(BoundaryKind.OFFSET, offset);
    }
  }
}
