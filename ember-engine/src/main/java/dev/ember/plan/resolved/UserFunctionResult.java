package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.List;

/**
 * A call of a user-defined function. Unless it is {@code inline} (a function of flat values the engine calls inside
 * the SQL), SQL cannot compute it: the SQL generator computes its arguments first, has the function compute
 * {@link #result} for each row, and reads that column where the call stood. {@code overAggregates}: an argument holds
 * an aggregate or window function, so the arguments exist only above the aggregation or window.
 */
public record UserFunctionResult(ScalarUserFunction function, List<BoundExpression> arguments, Attribute result,
    boolean overAggregates, java.util.Optional<dev.ember.plan.usercode.RowFunction> inline)
    implements BoundExpression {
  public UserFunctionResult {
    arguments = List.copyOf(arguments);
  }

  /** A call the SQL generator stages. */
  public UserFunctionResult(ScalarUserFunction function, List<BoundExpression> arguments, Attribute result,
      boolean overAggregates) {
    this(function, arguments, result, overAggregates, java.util.Optional.empty());
  }

  /** Whether the SQL generator computes this call as a stage below its operator. */
  public boolean staged() {
    return inline.isEmpty();
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
