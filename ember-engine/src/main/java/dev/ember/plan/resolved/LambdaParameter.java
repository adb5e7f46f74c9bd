package dev.ember.plan.resolved;

import dev.ember.plan.types.DataType;
import java.util.Objects;

/**
 * A parameter of a {@link BoundLambda} and each reference to it in the body. {@code id} is unique
 * in the query.
 */
public record LambdaParameter(String name, long id, DataType dataType, boolean nullable)
    implements BoundExpression {
  public LambdaParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }
}
