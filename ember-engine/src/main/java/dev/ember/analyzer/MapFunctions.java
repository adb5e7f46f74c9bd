package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that build or read maps: map_from_arrays, map_from_entries, map_entries, map_concat,
 * map_contains_key and str_to_map. A built map checks its keys as Spark's default
 * {@code spark.sql.mapKeyDedupPolicy=EXCEPTION} does (in SQL, MapConstruction).
 */
final class MapFunctions {
  private static final List<String> STR_TO_MAP_DEFAULTS = List.of(",", ":");

  private MapFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("map_from_arrays", 2, 2, false, MapFunctions::mapFromArrays, prefix("map_from_arrays")),
        new FunctionDefinition("map_from_entries", 1, 1, false, MapFunctions::mapFromEntries,
            prefix("map_from_entries")),
        new FunctionDefinition("map_entries", 1, 1, false,
            (pretty, arguments, sql) -> {
              MapType map = ComplexTypeCoercion.map(pretty, arguments, sql, 0);
              StructType entry = new StructType(List.of(new StructField("key", map.keyType(), false),
                  new StructField("value", map.valueType(), map.valueContainsNull())));
              return new Call("map_entries", arguments, new ArrayType(entry, false), arguments.get(0).nullable());
            },
            prefix("map_entries")),
        new FunctionDefinition("map_concat", 0, FunctionDefinition.VARIADIC, false, MapFunctions::mapConcat,
            prefix("map_concat")),
        new FunctionDefinition("map_contains_key", 2, 2, false,
            (pretty, arguments, sql) -> {
              MapType map = ComplexTypeCoercion.map(pretty, arguments, sql, 0);
              if (ComplexTypeCoercion.widerType(map.keyType(), arguments.get(1).dataType()).isEmpty()) {
                throw InputChecks.followedByDifferentType(pretty, map, arguments.get(1).dataType());
              }
              return new Call("map_contains_key", List.of(arguments.get(0),
                  TypeCoercion.castTo(arguments.get(1), map.keyType())), AtomicType.BOOLEAN,
                  ComplexTypeCoercion.anyNullable(arguments));
            },
            prefix("map_contains_key")),
        new FunctionDefinition("str_to_map", 1, 3, false, MapFunctions::strToMap,
            (names, distinct) -> {
              List<String> all = new ArrayList<>(names);
              all.addAll(STR_TO_MAP_DEFAULTS.subList(names.size() - 1, STR_TO_MAP_DEFAULTS.size()));
              return "str_to_map(" + String.join(", ", all) + ")";
            }));
  }

  private static BoundExpression mapFromArrays(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType keys = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    ArrayType values = ComplexTypeCoercion.array(pretty, arguments, sql, 1);
    return new Call("map_from_arrays", arguments, new MapType(keys.elementType(), values.elementType(),
        values.containsNull()), ComplexTypeCoercion.anyNullable(arguments));
  }

  /** An array of two-field structs (any field names); NULL if the array or any entry is NULL. */
  private static BoundExpression mapFromEntries(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(0).dataType();
    if (!(type instanceof ArrayType array && array.elementType() instanceof StructType entry
        && entry.fields().size() == 2)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"ARRAY\" of pair \"STRUCT\"");
    }
    StructField key = entry.fields().get(0);
    StructField value = entry.fields().get(1);
    return new Call("map_from_entries", arguments, new MapType(key.dataType(), value.dataType(), value.nullable()),
        arguments.get(0).nullable() || array.containsNull());
  }

  private static BoundExpression mapConcat(String pretty, List<BoundExpression> arguments, List<String> sql) {
    for (int i = 0; i < arguments.size(); i++) {
      ComplexTypeCoercion.map(pretty, arguments, sql, i);
    }
    if (arguments.isEmpty()) {
      return new Call("map", arguments, new MapType(AtomicType.STRING, AtomicType.STRING, false), false);
    }
    DataType common = ComplexTypeCoercion.widerType(InputChecks.types(arguments))
        .orElseThrow(() -> InputChecks.differentTypesAlternatives(pretty, "map_concat", InputChecks.types(arguments)));
    return new Call("map_concat", ComplexTypeCoercion.castAll(arguments, common), common,
        ComplexTypeCoercion.anyNullable(arguments));
  }

  /** str_to_map(text[, pairDelimiter[, keyValueDelimiter]]): both delimiters are regular expressions. */
  private static BoundExpression strToMap(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(i < arguments.size() ? InputChecks.string(pretty, arguments, sql, i)
          : Literal.of(STR_TO_MAP_DEFAULTS.get(i - 1)));
    }
    return new Call("str_to_map", all, new MapType(AtomicType.STRING, AtomicType.STRING, true),
        ComplexTypeCoercion.anyNullable(arguments));
  }
}
