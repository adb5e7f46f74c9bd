package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;

/** A lambda argument of a higher-order function, its parameters typed by the function. */
public record BoundLambda(List<LambdaParameter> parameters, BoundExpression body) implements BoundExpression {
  public BoundLambda {
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(body, "body");
  }

  @Override
  public DataType dataType() {
    return body.dataType();
  }

  @Override
  public boolean nullable() {
    return body.nullable();
  }
}
