package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.MapType;
import java.util.List;

/** transform_values and map_filter: lambdas of (key, value) over a map. */
final class MapLambdas {
  private MapLambdas() {
  }

  static BoundColumn resolve(LambdaScope lambdas, String name, String pretty, List<BoundColumn> values,
      Expression lambdaArgument) {
    BoundColumn input = values.get(0);
    if (!(input.expression().dataType() instanceof MapType map)) {
      throw InputChecks.unexpectedType(pretty, 0, input.name(), input.expression().dataType(), "\"MAP\"");
    }
    BoundColumn lambda = lambdas.bind(HigherOrderFunctions.lambda(lambdaArgument),
        List.of(map.keyType(), map.valueType()), List.of(false, map.valueContainsNull()));
    BoundExpression body = lambda.expression();
    if (name.equals("map_filter")) {
      HigherOrderFunctions.requireBoolean(lambdas, HigherOrderFunctions.pretty(lambdas, name, values, List.of(lambda)),
          lambda);
      return HigherOrderFunctions.call(name, List.of(input.expression(), body), map, input.expression().nullable(),
          values, List.of(lambda));
    }
    return HigherOrderFunctions.call(name, List.of(input.expression(), body),
        new MapType(map.keyType(), body.dataType(), body.nullable()), input.expression().nullable(), values,
        List.of(lambda));
  }
}
