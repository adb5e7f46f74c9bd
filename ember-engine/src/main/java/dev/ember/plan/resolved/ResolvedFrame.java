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
   * named so) rather than as a negative number (the DataFrame API's, named {@code -n FOLLOWING}). An offset that is
   * no integer (a decimal, a double, an interval) is a {@link Value}, {@code offset} then unused.
   */
  public record Bound(Kind kind, long offset, boolean writtenPreceding, Value value) {
    public static final Bound UNBOUNDED_PRECEDING = new Bound(Kind.UNBOUNDED_PRECEDING, 0, false, null);
    public static final Bound UNBOUNDED_FOLLOWING = new Bound(Kind.UNBOUNDED_FOLLOWING, 0, false, null);
    public static final Bound CURRENT_ROW = new Bound(Kind.CURRENT_ROW, 0, false, null);

    public static Bound offset(long offset) {
      return new Bound(Kind.OFFSET, offset, false, null);
    }

    public static Bound preceding(long rows) {
      return new Bound(Kind.OFFSET, -rows, true, null);
    }

    /** A constant offset of another type, as written ({@code preceding}: {@code v PRECEDING}). */
    public static Bound value(Value value, boolean preceding) {
      return new Bound(Kind.OFFSET, 0, preceding, value);
    }

    /** The bound cast to the order key's type, as Spark's WindowFrameCoercion casts it (which changes its name). */
    public Bound cast() {
      long amount = writtenPreceding ? -offset : offset;
      Value written = value != null ? value : new Value(null, Long.toString(amount), amount, false);
      return new Bound(kind, offset, writtenPreceding, new Value(written.literal(), written.sql(),
          written.magnitude(), true));
    }

    /** Whether the offset counts rows or order-key units as a whole number ({@code offset}). */
    public boolean integral() {
      return value == null || value.literal() == null;
    }

    /** Where the bound lies relative to the current row, for ordering bounds. */
    public double position() {
      return switch (kind) {
        case UNBOUNDED_PRECEDING -> Double.NEGATIVE_INFINITY;
        case UNBOUNDED_FOLLOWING -> Double.POSITIVE_INFINITY;
        case CURRENT_ROW -> 0;
        case OFFSET -> value == null ? offset : writtenPreceding ? -value.magnitude() : value.magnitude();
      };
    }

    public String sql() {
      return switch (kind) {
        case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
        case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
        case CURRENT_ROW -> "CURRENT ROW";
        case OFFSET -> offsetSql();
      };
    }

    private String offsetSql() {
      if (value == null) {
        return writtenPreceding ? -offset + " PRECEDING" : offset + " FOLLOWING";
      }
      if (!writtenPreceding) {
        return value.sql() + " FOLLOWING";
      }
      // an implicit cast prints its child: Spark's UnaryMinus, no longer the frame's PRECEDING
      return value.cast() ? "(- " + value.sql() + ") FOLLOWING" : value.sql() + " PRECEDING";
    }
  }

  /**
   * A frame offset that is no integer count (or one cast to the order key's type): the constant as written
   * ({@code literal}, null for an integer count), its SQL text, its signed size for ordering bounds, and whether it is
   * cast to the order key's type.
   */
  public record Value(dev.ember.plan.expressions.Literal literal, String sql, double magnitude, boolean cast) {
  }

  /** The kinds of bound. */
  public enum Kind { UNBOUNDED_PRECEDING, CURRENT_ROW, OFFSET, UNBOUNDED_FOLLOWING }
}
