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
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
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
      case UNBOUNDED_PRECEDING:
        return Bound.UNBOUNDED_PRECEDING;
      case UNBOUNDED_FOLLOWING:
        return Bound.UNBOUNDED_FOLLOWING;
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
        if (boundary.offset() instanceof Literal literal && literal.value() != null) {
          return Bound.value(value(literal), false);
        }
        if (boundary.offset() instanceof dev.ember.plan.expressions.UnresolvedFunction minus
            && minus.name().equals("-") && minus.arguments().size() == 1
            && minus.arguments().get(0) instanceof Literal literal && literal.value() != null) {
          return Bound.value(value(literal), true);
        }
        throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
            "Cannot call the method \"window frame boundary\" of the class \"Ember\": only constant offsets are "
                + "supported.",
            Map.of("methodName", "window frame boundary", "className", "Ember"));
    }
  }

  /** A constant offset that is no integer count: a decimal, a double, an interval (or a value of a wrong type). */
  private static ResolvedFrame.Value value(Literal literal) {
    Object value = literal.value();
    double magnitude;
    if (value instanceof Number number) {
      magnitude = number.doubleValue();
    } else if (value instanceof java.time.Duration duration) {
      magnitude = duration.getSeconds() * 1_000_000.0 + duration.getNano() / 1000;
    } else if (value instanceof java.time.Period period) {
      magnitude = period.toTotalMonths() * 31 * 86_400_000_000.0;
    } else if (value instanceof dev.ember.plan.types.CalendarInterval interval) {
      magnitude = (interval.months() * 31.0 + interval.days()) * 86_400_000_000.0 + interval.microseconds();
    } else {
      magnitude = 0;
    }
    return new ResolvedFrame.Value(literal, LiteralNames.pretty(literal), magnitude, false);
  }

  /**
   * A RANGE frame's offsets cast to the order key's type (Spark's WindowFrameCoercion; not for a date or timestamp
   * key), which names an offset written {@code n PRECEDING} {@code (- n) FOLLOWING}.
   */
  static ResolvedFrame coerced(ResolvedFrame frame, List<BoundSortOrder> orders) {
    if (frame.type() != FrameType.RANGE || orders.size() != 1) {
      return frame;
    }
    DataType orderType = orders.get(0).child().dataType();
    if (orderType == AtomicType.DATE || orderType == AtomicType.TIMESTAMP || orderType == AtomicType.TIMESTAMP_NTZ) {
      return frame;
    }
    return new ResolvedFrame(frame.type(), coerced(frame.lower(), orderType), coerced(frame.upper(), orderType));
  }

  private static Bound coerced(Bound bound, DataType orderType) {
    if (bound.kind() != Kind.OFFSET || !bound.writtenPreceding()) {
      return bound;
    }
    DataType type = boundType(bound);
    // a number is cast to a numeric key's type (another cast would leave the frame invalid anyway)
    return type.equals(orderType) || !(type.isNumeric() && orderType.isNumeric()) ? bound : bound.cast();
  }

  /** The type of an offset: a count is an INT literal, or a BIGINT one beyond its range. */
  private static DataType boundType(Bound bound) {
    if (!bound.integral()) {
      return bound.value().literal().dataType();
    }
    long amount = Math.abs(bound.offset());
    return amount <= Integer.MAX_VALUE ? AtomicType.INTEGER : AtomicType.LONG;
  }

  /** Spark's WindowSpecDefinition.isValidFrameType: the order key's type and a value bound's type agree. */
  private static boolean validFrameType(DataType orderType, DataType boundType) {
    if (orderType == AtomicType.DATE) {
      return boundType == AtomicType.INTEGER || boundType instanceof YearMonthIntervalType
          || boundType instanceof DayTimeIntervalType day && day.startField() == DayTimeIntervalType.DAY
              && day.endField() == DayTimeIntervalType.DAY;
    }
    if (orderType == AtomicType.TIMESTAMP || orderType == AtomicType.TIMESTAMP_NTZ) {
      return boundType == AtomicType.CALENDAR_INTERVAL || boundType.isAnsiInterval();
    }
    // numbers are cast to the order key's type
    return orderType.equals(boundType) || orderType.isNumeric() && boundType.isNumeric();
  }

  /** Spark's checks of a specified frame against its window's ORDER BY ({@code specSql} is the window's text). */
  static void check(ResolvedFrame frame, List<BoundSortOrder> orders, List<String> orderNames, String specSql) {
    for (Bound bound : List.of(frame.lower(), frame.upper())) {
      if (bound.kind() == Kind.OFFSET && bound.integral() && frame.type() == FrameType.ROWS
          && boundType(bound) != AtomicType.INTEGER) {
        // a row count is an INT (Spark's RowFrame input type)
        String location = bound == frame.lower() ? "lower" : "upper";
        throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", "\"" + frame.sql() + "\"",
            "The data type of the " + location + " bound \"BIGINT\" does not match the expected data type \"INT\".",
            Map.of("location", location, "exprType", "\"BIGINT\"", "expectedType", "\"INT\""));
      }
    }
    for (Bound bound : List.of(frame.lower(), frame.upper())) {
      if (bound.kind() == Kind.OFFSET && !bound.integral() && frame.type() == FrameType.RANGE) {
        DataType type = bound.value().literal().dataType();
        if (!type.isNumeric() && !type.isAnsiInterval() && type != AtomicType.CALENDAR_INTERVAL) {
          String location = bound == frame.lower() ? "lower" : "upper";
          throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", "\"" + frame.sql() + "\"",
              "The data type of the " + location + " bound " + SparkErrors.toSqlType(type)
                  + " does not match the expected data type " + RANGE_TYPES + ".",
              Map.of("location", location, "exprType", SparkErrors.toSqlType(type), "expectedType", RANGE_TYPES));
        }
      }
    }
    if (frame.lower().kind() == Kind.UNBOUNDED_FOLLOWING || frame.upper().kind() == Kind.UNBOUNDED_PRECEDING) {
      String lower = boundSql(frame.lower());
      String upper = boundSql(frame.upper());
      throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_INVALID_BOUND", "\"" + frame.sql() + "\"",
          "Window frame upper bound " + upper + " does not follow the lower bound " + lower + ".",
          Map.of("lower", lower, "upper", upper));
    }
    if (frame.lower().kind() == Kind.OFFSET && frame.upper().kind() == Kind.OFFSET
        && frame.lower().position() > frame.upper().position()) {
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
    boolean datetimeOrder = orderType == AtomicType.DATE || orderType == AtomicType.TIMESTAMP
        || orderType == AtomicType.TIMESTAMP_NTZ;
    for (Bound bound : List.of(frame.lower(), frame.upper())) {
      if (bound.kind() == Kind.OFFSET && bound.integral() && !datetimeOrder && !orderType.isNumeric()) {
        // Spark casts the count to the order key's type, which a range frame does not take
        String location = bound == frame.lower() ? "lower" : "upper";
        throw SparkErrors.dataTypeMismatch("SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", "\"" + frame.sql() + "\"",
            "The data type of the " + location + " bound " + SparkErrors.toSqlType(orderType)
                + " does not match the expected data type " + RANGE_TYPES + ".",
            Map.of("location", location, "exprType", SparkErrors.toSqlType(orderType), "expectedType", RANGE_TYPES));
      }
      if (bound.kind() == Kind.OFFSET && !validFrameType(orderType, boundType(bound))) {
        DataType type = boundType(bound);
        throw SparkErrors.dataTypeMismatch("RANGE_FRAME_INVALID_TYPE", "\"" + specSql + "\"",
            "The data type " + SparkErrors.toSqlType(orderType) + " used in the order specification does not "
                + "support the data type " + SparkErrors.toSqlType(type) + " which is used in the range frame.",
            Map.of("orderSpecType", SparkErrors.toSqlType(orderType), "valueBoundaryType",
                SparkErrors.toSqlType(type)));
      }
    }
  }

  /** A bound as Spark's toSQLExpr writes it: {@code "UNBOUNDED FOLLOWING"}, {@code "CURRENT ROW"}, {@code "-1"}. */
  private static String boundSql(Bound bound) {
    return "\"" + switch (bound.kind()) {
      case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
      case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
      case CURRENT_ROW -> "CURRENT ROW";
      case OFFSET -> bound.integral() ? Long.toString(bound.offset()) : bound.value().sql();
    } + "\"";
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
      case OFFSET -> bound.integral() ? Long.toString(bound.offset()) : bound.value().sql();
    };
  }
}
