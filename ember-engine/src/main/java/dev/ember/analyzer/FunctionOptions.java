package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.MapType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The options argument of schema_of_json, from_csv, to_csv, ...: a {@code map(...)} of string constants
 * (Spark's ExprUtils.convertToMapData), keys lower-cased as Spark's case-insensitive options read them.
 */
final class FunctionOptions {
  private FunctionOptions() {
  }

  static Map<String, String> of(BoundExpression options) {
    if (!(options instanceof Call call) || !call.function().equals("map")) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_OPTIONS.NON_MAP_FUNCTION", "42K06",
          "Invalid options: Must use the `map()` function for options.", Map.of());
    }
    if (!(call.dataType() instanceof MapType map) || map.keyType() != AtomicType.STRING
        || map.valueType() != AtomicType.STRING) {
      String type = dev.ember.plan.errors.SparkErrors.toSqlType(call.dataType());
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_OPTIONS.NON_STRING_TYPE", "42K06",
          "Invalid options: A type of keys and values in `map()` must be string, but got " + type + ".",
          Map.of("mapType", type));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < call.arguments().size(); i += 2) {
      if (call.argument(i) instanceof Literal key && call.argument(i + 1) instanceof Literal value
          && key.value() != null) {
        values.put(((String) key.value()).toLowerCase(Locale.ROOT), (String) value.value());
      }
    }
    return values;
  }
}
