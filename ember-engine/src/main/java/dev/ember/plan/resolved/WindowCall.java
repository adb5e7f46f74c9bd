package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A window function or aggregate evaluated over a window: {@code function} is a resolved
 * {@link Call} ({@code "rank"}, {@code "sum"}, ...), the frame is always explicit (Spark's default
 * filled in by the analyzer).
 */
public record WindowCall(Call function, List<BoundExpression> partitionBy, List<BoundSortOrder> orderBy,
    ResolvedFrame frame) implements BoundExpression {
  public WindowCall {
    Objects.requireNonNull(function, "function");
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(frame, "frame");
  }

  @Override
  public DataType dataType() {
    return function.dataType();
  }

  @Override
  public boolean nullable() {
    return function.nullable();
  }
}
