package dev.ember.plan.expressions;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.Objects;

/**
 * A constant. Values are held as: Boolean, Byte, Short, Integer, Long, Float, Double,
 * java.math.BigDecimal, String, byte[], java.time.LocalDate (date), java.time.Instant (timestamp),
 * java.time.LocalDateTime (timestamp_ntz), java.util.List (array); {@code null} for NULL.
 */
public record Literal(Object value, DataType dataType) implements Expression, BoundExpression {
  public Literal {
    Objects.requireNonNull(dataType, "dataType");
  }

  public static Literal nullOf(DataType type) {
    return new Literal(null, type);
  }

  public static Literal of(int value) {
    return new Literal(value, AtomicType.INTEGER);
  }

  public static Literal of(long value) {
    return new Literal(value, AtomicType.LONG);
  }

  public static Literal of(String value) {
    return new Literal(value, AtomicType.STRING);
  }

  public static Literal of(boolean value) {
    return new Literal(value, AtomicType.BOOLEAN);
  }

  @Override
  public boolean nullable() {
    return value == null;
  }
}
