package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.List;

/**
 * A call of a user-defined function. SQL cannot compute it: the SQL generator computes its arguments first, has the
 * function compute {@link #result} for each row, and reads that column where the call stood. {@code
 * overAggregates}: an argument holds an aggregate or window function, so the arguments exist only above the
 * aggregation or window.
 */
public record UserFunctionResult(ScalarUserFunction function, List<BoundExpression> arguments, Attribute result,
    boolean overAggregates) implements BoundExpression {
  public UserFunctionResult {
    arguments = List.copyOf(arguments);
  }

  @Override
  public DataType dataType() {
    return result.dataType();
  }

  @Override
  public boolean nullable() {
    return result.nullable();
  }
}
