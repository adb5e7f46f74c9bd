package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.WindowFrame;
import dev.ember.plan.expressions.WindowFrame.Boundary;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.ResolvedFrame.Bound;
import dev.ember.plan.resolved.ResolvedFrame.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Window frames: the user's frame checked as Spark checks it, or Spark's default frame. */
final class WindowFrames {
  private static final String RANGE_TYPES =
      "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\")";

  private WindowFrames() {
  }

  /** With an ORDER BY, RANGE from the partition's start to the current row's peers; else the whole partition. */
  static ResolvedFrame defaultFrame(boolean ordered) {
    return ordered ? ResolvedFrame.RANGE_TO_CURRENT : ResolvedFrame.ROWS_UNBOUNDED;
  }

  static ResolvedFrame resolve(WindowFrame frame) {
    return new ResolvedFrame(frame.type(), bound(frame.lower(), true), bound(frame.upper(), false));
  }

  private static Bound bound(Boundary boundary, boolean lower) {
    switch (boundary.kind()) {
      case UNBOUNDED:
        return lower ? Bound.UNBOUNDED_PRECEDING : Bound.UNBOUNDED_FOLLOWING;
      case CURRENT_ROW:
        return Bound.CURRENT_ROW;
      default:
        if (boundary.offset() instanceof Literal literal && literal.value() instanceof Number number
            && (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte)) {
          return Bound.offset(number.longValue());
        }
        if (boundary.offset() instanceof dev.ember.plan.expressions.UnresolvedFunction minus
            && minus.name().equals("-") && minus.arguments().size() == 1
            && minus.arguments().get(0) instanceof Literal literal && literal.value() instanceof Number number
            && (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte)) {
          // SQL's "n PRECEDING"
          return Bound.preceding(number.longValue());
        }
        throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
            "Cannot call the method \"window frame boundary\" of the class \"Ember\": only integral offsets are "
                + "supported.",
            Map.of("methodName", "window frame boundary", "className", "Ember"));
    }
  }

  /** Spark's checks of a specified frame against its window's ORDER BY ({@code specSql} is the window's text). */
  static void check(ResolvedFrame frame, List<BoundSortOrder> orders, List<String> orderNames, String specSql) {
    if (frame.lower().kind() == Kind.OFFSET && frame.upper().kind() == Kind.OFFSET
        && frame.lower().offset() > frame.upper().offset()) {
      throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON", "\"" + frame.sql() + "\"",
          "The lower bound of a window frame must be less than or equal to the upper bound.",
          Map.of("comparison", "less than or equal"));
    }
    boolean valueBounds = frame.lower().kind() == Kind.OFFSET || frame.upper().kind() == Kind.OFFSET;
    if (frame.type() != FrameType.RANGE || !valueBounds) {
      return;
    }
    if (orders.isEmpty()) {
      throw SparkErrors.dataTypeMismatch("RANGE_FRAME_WITHOUT_ORDER", "\"" + specSql + "\"",
          "A range window frame cannot be used in an unordered window specification.", Map.of());
    }
    if (orders.size() > 1) {
      String orderSpec = String.join(",", orderNames);
      throw SparkErrors.dataTypeMismatch("RANGE_FRAME_MULTI_ORDER", "\"" + specSql + "\"",
          "A range window frame with value boundaries cannot be used in a window specification with multiple "
              + "order by expressions: " + orderSpec + ".",
          Map.of("orderSpec", orderSpec));
    }
    var orderType = orders.get(0).child().dataType();
    if (!orderType.isNumeric()) {
      String location = frame.lower().kind() == Kind.OFFSET ? "lower" : "upper";
      throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", "\"" + frame.sql() + "\"",
          "The data type of the " + location + " bound " + SparkErrors.toSqlType(orderType)
              + " does not match the expected data type " + RANGE_TYPES + ".",
          Map.of("location", location, "exprType", SparkErrors.toSqlType(orderType), "expectedType", RANGE_TYPES));
    }
  }

  /** How Spark prints a frame inside error parameters: {@code specifiedwindowframe(RowFrame, -1, 1)}. */
  static String expressionString(ResolvedFrame frame) {
    return "specifiedwindowframe(" + (frame.type() == FrameType.ROWS ? "RowFrame" : "RangeFrame") + ", "
        + List.of(frame.lower(), frame.upper()).stream().map(WindowFrames::expressionString)
            .collect(Collectors.joining(", ")) + ")";
  }

  private static String expressionString(Bound bound) {
    return switch (bound.kind()) {
      case UNBOUNDED_PRECEDING -> "unboundedpreceding$()";
      case UNBOUNDED_FOLLOWING -> "unboundedfollowing$()";
      case CURRENT_ROW -> "currentrow$()";
      case OFFSET -> Long.toString(bound.offset());
    };
  }
}
