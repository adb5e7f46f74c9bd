package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import java.util.List;
import java.util.Map;

/**
 * transform_values, transform_keys and map_filter: lambdas of (key, value) over a map; map_zip_with:
 * (key, value1, value2) over the keys of two maps.
 */
final class MapLambdas {
  private MapLambdas() {
  }

  static BoundColumn resolve(LambdaScope lambdas, String name, String pretty, List<BoundColumn> values,
      Expression lambdaArgument) {
    for (int i = 0; i < values.size(); i++) {
      BoundColumn input = values.get(i);
      if (!(input.expression().dataType() instanceof MapType)) {
        throw InputChecks.unexpectedType(pretty, i, input.name(), input.expression().dataType(), "\"MAP\"");
      }
    }
    BoundColumn input = values.get(0);
    MapType map = (MapType) input.expression().dataType();
    if (name.equals("map_zip_with")) {
      return zipWith(lambdas, pretty, values, lambdaArgument);
    }
    BoundColumn lambda = lambdas.bind(HigherOrderFunctions.lambda(lambdaArgument),
        List.of(map.keyType(), map.valueType()), List.of(false, map.valueContainsNull()));
    BoundExpression body = lambda.expression();
    MapType result = switch (name) {
      case "map_filter" -> {
        HigherOrderFunctions.requireBoolean(lambdas, HigherOrderFunctions.pretty(lambdas, name, values,
            List.of(lambda)), lambda);
        yield map;
      }
      case "transform_keys" -> new MapType(body.dataType(), map.valueType(), map.valueContainsNull());
      default -> new MapType(map.keyType(), body.dataType(), body.nullable());
    };
    return HigherOrderFunctions.call(name, List.of(input.expression(), body), result, input.expression().nullable(),
        values, List.of(lambda));
  }

  /** map_zip_with(left, right, (k, v1, v2) -> ...): the keys of both maps; a side lacking a key gives NULL. */
  private static BoundColumn zipWith(LambdaScope lambdas, String pretty, List<BoundColumn> values,
      Expression lambdaArgument) {
    BoundExpression left = values.get(0).expression();
    BoundExpression right = values.get(1).expression();
    MapType leftMap = (MapType) left.dataType();
    MapType rightMap = (MapType) right.dataType();
    // Spark's MapZipWithCoercion: keys of two types meet at their wider type (never through a string)
    java.util.Optional<DataType> key = ComplexTypeCoercion.sameIgnoringNullability(leftMap.keyType(), rightMap.keyType())
        ? java.util.Optional.of(leftMap.keyType()) : ComplexTypeCoercion.widerType(leftMap.keyType(), rightMap.keyType());
    if (key.isPresent() && !key.get().equals(leftMap.keyType())) {
      leftMap = new MapType(key.get(), leftMap.valueType(), leftMap.valueContainsNull());
      left = TypeCoercion.castTo(left, leftMap);
    }
    if (key.isPresent() && !key.get().equals(rightMap.keyType())) {
      rightMap = new MapType(key.get(), rightMap.valueType(), rightMap.valueContainsNull());
      right = TypeCoercion.castTo(right, rightMap);
    }
    if (key.isEmpty()) {
      String leftKey = SparkErrors.toSqlType(leftMap.keyType());
      String rightKey = SparkErrors.toSqlType(rightMap.keyType());
      throw SparkErrors.dataTypeMismatch("MAP_ZIP_WITH_DIFF_TYPES", "\"" + pretty + "\"",
          "Input to the `map_zip_with` should have been two maps with compatible key types, but it's ["
              + leftKey + ", " + rightKey + "].",
          Map.of("functionName", "`map_zip_with`", "leftType", leftKey, "rightType", rightKey));
    }
    BoundColumn lambda = lambdas.bind(HigherOrderFunctions.lambda(lambdaArgument),
        List.of(leftMap.keyType(), leftMap.valueType(), rightMap.valueType()), List.of(false, true, true));
    BoundExpression body = lambda.expression();
    return HigherOrderFunctions.call("map_zip_with", List.of(left, right, body),
        new MapType(leftMap.keyType(), body.dataType(), body.nullable()), left.nullable() || right.nullable(),
        values, List.of(lambda));
  }
}
