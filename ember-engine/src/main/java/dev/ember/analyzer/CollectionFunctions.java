package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import java.util.ArrayList;
import java.util.List;

/** Functions over arrays and maps. */
final class CollectionFunctions {
  private CollectionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        size("size"),
        size("cardinality"),
        new FunctionDefinition("sort_array", 1, 2, false,
            CollectionFunctions::sortArray,
            // Spark's one-argument form is sort_array(a, true)
            (names, distinct) -> "sort_array(" + names.get(0) + ", " + (names.size() > 1 ? names.get(1) : "true") + ")"),
        new FunctionDefinition("array_distinct", 1, 1, false,
            (pretty, arguments, sql) -> sameArray("array_distinct", pretty, arguments, sql),
            prefix("array_distinct")),
        new FunctionDefinition("array_max", 1, 1, false,
            (pretty, arguments, sql) -> element("array_max", pretty, arguments, sql), prefix("array_max")),
        new FunctionDefinition("array_min", 1, 1, false,
            (pretty, arguments, sql) -> element("array_min", pretty, arguments, sql), prefix("array_min")),
        new FunctionDefinition("array_contains", 2, 2, false, CollectionFunctions::arrayContains,
            prefix("array_contains")),
        new FunctionDefinition("element_at", 2, 2, false, CollectionFunctions::elementAt, prefix("element_at")),
        new FunctionDefinition("slice", 3, 3, false, CollectionFunctions::slice, prefix("slice")),
        new FunctionDefinition("flatten", 1, 1, false, CollectionFunctions::flatten, prefix("flatten")),
        new FunctionDefinition("array_join", 2, 3, false, CollectionFunctions::arrayJoin, prefix("array_join")),
        new FunctionDefinition("map_keys", 1, 1, false,
            (pretty, arguments, sql) -> new Call("map_keys", arguments,
                new ArrayType(ComplexTypeCoercion.map(pretty, arguments, sql, 0).keyType(), true),
                arguments.get(0).nullable()),
            prefix("map_keys")),
        new FunctionDefinition("map_values", 1, 1, false,
            (pretty, arguments, sql) -> {
              MapType map = ComplexTypeCoercion.map(pretty, arguments, sql, 0);
              return new Call("map_values", arguments, new ArrayType(map.valueType(), true),
                  arguments.get(0).nullable());
            },
            prefix("map_values")));
  }

  /** size(array or map) and its alias cardinality: NULL for NULL (spark.sql.legacy.sizeOfNull is off under ANSI). */
  private static FunctionDefinition size(String name) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> {
          if (!(arguments.get(0).dataType() instanceof ArrayType) && !(arguments.get(0).dataType() instanceof MapType)) {
            // Spark's Size reports the argument as written, without quoting a string literal
            throw InputChecks.unexpectedType(pretty, 0, InputChecks.unquoted(sql.get(0)), arguments.get(0).dataType(),
                "(\"ARRAY\" or \"MAP\")");
          }
          return new Call("size", arguments, AtomicType.INTEGER, arguments.get(0).nullable());
        },
        prefix(name));
  }

  /**
   * sort_array(array[, ascending]): the order must be a BOOLEAN (Spark casts nothing to it); a NULL order gives
   * NULL, as Spark's.
   */
  private static BoundExpression sortArray(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    if (arguments.size() == 2) {
      BoundExpression ascending = arguments.get(1);
      if (ascending.dataType() != AtomicType.BOOLEAN) {
        throw InputChecks.unexpectedType(pretty, 1, sql.get(1), ascending.dataType(), "\"BOOLEAN\"");
      }
      BoundExpression constant = ascending instanceof dev.ember.plan.resolved.BoundCast cast ? cast.child() : ascending;
      if (constant instanceof dev.ember.plan.expressions.Literal literal && literal.value() == null) {
        return dev.ember.plan.expressions.Literal.nullOf(array);
      }
    }
    return sameArray("sort_array", pretty, arguments, sql);
  }

  private static Call sameArray(String function, String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    return new Call(function, arguments, array, arguments.get(0).nullable());
  }

  private static Call element(String function, String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    return new Call(function, arguments, array.elementType(), true);
  }

  private static BoundExpression arrayContains(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    if (arguments.get(1).dataType() == AtomicType.NULL) {
      throw SparkErrors.dataTypeMismatch("NULL_TYPE", "\"" + pretty + "\"",
          "Null typed values cannot be used as arguments of `array_contains`.",
          java.util.Map.of("functionName", "`array_contains`"));
    }
    return new Call("array_contains", ArrayFunctions.withElement(pretty, arguments, sql), AtomicType.BOOLEAN, true);
  }

  static BoundExpression elementAt(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.get(0).dataType() instanceof MapType map) {
      BoundExpression key = TypeCoercion.castTo(arguments.get(1), map.keyType());
      return new Call("element_at_map", List.of(arguments.get(0), key), map.valueType(), true);
    }
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    BoundExpression index = InputChecks.integer(pretty, arguments, sql, 1);
    return new Call("element_at", List.of(arguments.get(0), index), array.elementType(),
        elementAtNullable(arguments.get(0), index, true));
  }

  /**
   * Spark's nullability of element_at over an array (computeNullabilityFromArray): with a constant index into an
   * array built in place, the chosen element's (an index of 0 always fails, so never NULL; one out of bounds fails
   * when {@code failOnError}, ANSI, and is NULL otherwise); a constant index into any other array may be NULL;
   * otherwise, failing on errors, NULL only when the array, its elements or the index may be, else always nullable
   * ({@link LenientArithmetic} without ANSI).
   */
  static boolean elementAtNullable(BoundExpression array, BoundExpression index, boolean failOnError) {
    if (index instanceof dev.ember.plan.expressions.Literal literal && literal.value() instanceof Number number) {
      if (array instanceof Call built && built.function().equals("array")) {
        int position = number.intValue();
        int size = built.arguments().size();
        if (position == 0) {
          return false;
        }
        if (Math.abs(position) > size) {
          return !failOnError;
        }
        return built.arguments().get(position < 0 ? size + position : position - 1).nullable();
      }
      return true;
    }
    return !failOnError || ((ArrayType) array.dataType()).containsNull() || array.nullable() || index.nullable();
  }

  private static BoundExpression slice(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    List<BoundExpression> coerced = List.of(arguments.get(0), InputChecks.integer(pretty, arguments, sql, 1),
        InputChecks.integer(pretty, arguments, sql, 2));
    return new Call("slice", coerced, array, ComplexTypeCoercion.anyNullable(arguments));
  }

  private static BoundExpression flatten(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType outer = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    if (!(outer.elementType() instanceof ArrayType inner)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), outer, "\"ARRAY<ARRAY>\"");
    }
    return new Call("flatten", arguments, inner, arguments.get(0).nullable() || outer.containsNull());
  }

  private static BoundExpression arrayJoin(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    List<BoundExpression> coerced = new ArrayList<>();
    coerced.add(ComplexTypeCoercion.castAll(List.of(arguments.get(0)),
        new ArrayType(AtomicType.STRING, array.containsNull())).get(0));
    for (int i = 1; i < arguments.size(); i++) {
      coerced.add(InputChecks.string(pretty, arguments, sql, i));
    }
    return new Call("array_join", coerced, AtomicType.STRING, ComplexTypeCoercion.anyNullable(arguments));
  }

  /** {@code concat} over arrays: every argument an array, elements widened; NULL if any argument is. */
  static BoundExpression concatArrays(String pretty, List<BoundExpression> arguments, List<String> sql) {
    for (int i = 0; i < arguments.size(); i++) {
      ComplexTypeCoercion.array(pretty, arguments, sql, i);
    }
    DataType common = ComplexTypeCoercion.widerType(InputChecks.types(arguments))
        .orElseThrow(() -> InputChecks.differentTypes(pretty, "concat", InputChecks.types(arguments)));
    return new Call("concat_arrays", ComplexTypeCoercion.castAll(arguments, common), common,
        ComplexTypeCoercion.anyNullable(arguments));
  }
}
