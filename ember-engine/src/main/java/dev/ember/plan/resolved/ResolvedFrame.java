package dev.ember.plan.resolved;

import dev.ember.plan.expressions.WindowFrame.FrameType;
import java.util.Objects;

/**
 * A checked window frame. Offsets count rows (ROWS) or order-key units (RANGE); negative offsets
 * precede the current row. Spark writes every offset as {@code n FOLLOWING}.
 */
public record ResolvedFrame(FrameType type, Bound lower, Bound upper) {
  public ResolvedFrame {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  public static final ResolvedFrame ROWS_UNBOUNDED = new ResolvedFrame(FrameType.ROWS, Bound.UNBOUNDED_PRECEDING,
      Bound.UNBOUNDED_FOLLOWING);
  public static final ResolvedFrame ROWS_TO_CURRENT = new ResolvedFrame(FrameType.ROWS, Bound.UNBOUNDED_PRECEDING,
      Bound.CURRENT_ROW);
  public static final ResolvedFrame RANGE_TO_CURRENT = new ResolvedFrame(FrameType.RANGE, Bound.UNBOUNDED_PRECEDING,
      Bound.CURRENT_ROW);

  /** Spark's text: {@code ROWS BETWEEN UNBOUNDED PRECEDING AND -1 FOLLOWING}. */
  public String sql() {
    return type.name() + " BETWEEN " + lower.sql() + " AND " + upper.sql();
  }

  /**
   * One end of a frame; {@code writtenPreceding} when SQL wrote the offset as {@code n PRECEDING} (Spark's UnaryMinus,
   * named so) rather than as a negative number (the DataFrame API's, named {@code -n FOLLOWING}).
   */
  public record Bound(Kind kind, long offset, boolean writtenPreceding) {
    public static final Bound UNBOUNDED_PRECEDING = new Bound(Kind.UNBOUNDED_PRECEDING, 0, false);
    public static final Bound UNBOUNDED_FOLLOWING = new Bound(Kind.UNBOUNDED_FOLLOWING, 0, false);
    public static final Bound CURRENT_ROW = new Bound(Kind.CURRENT_ROW, 0, false);

    public static Bound offset(long offset) {
      return new Bound(Kind.OFFSET, offset, false);
    }

    public static Bound preceding(long rows) {
      return new Bound(Kind.OFFSET, -rows, true);
    }

    /** Where the bound lies relative to the current row, for ordering bounds. */
    public double position() {
      return switch (kind) {
        case UNBOUNDED_PRECEDING -> Double.NEGATIVE_INFINITY;
        case UNBOUNDED_FOLLOWING -> Double.POSITIVE_INFINITY;
        case CURRENT_ROW -> 0;
        case OFFSET -> offset;
      };
    }

    public String sql() {
      return switch (kind) {
        case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
        case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
        case CURRENT_ROW -> "CURRENT ROW";
        case OFFSET -> writtenPreceding ? -offset + " PRECEDING" : offset + " FOLLOWING";
      };
    }
  }

  /** The kinds of bound. */
  public enum Kind { UNBOUNDED_PRECEDING, CURRENT_ROW, OFFSET, UNBOUNDED_FOLLOWING }
}
