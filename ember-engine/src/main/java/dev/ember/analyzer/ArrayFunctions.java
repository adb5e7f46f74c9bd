package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * Array functions that read or edit one array: array_sort (Spark's default comparator), array_position,
 * array_remove, array_append / array_prepend / array_insert, array_compact, array_size, get and
 * try_element_at.
 */
final class ArrayFunctions {
  private ArrayFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("array_sort", 1, 1, false,
            (pretty, arguments, sql) -> {
              String shown = "array_sort(" + sql.get(0) + ", " + defaultComparator("left", "right") + ")";
              ArrayType array = ComplexTypeCoercion.array(shown, arguments, sql, 0);
              return new Call("array_sort", arguments, array, arguments.get(0).nullable());
            },
            (names, distinct) -> "array_sort(" + names.get(0) + ", "
                + defaultComparator("namedlambdavariable()", "namedlambdavariable()") + ")"),
        new FunctionDefinition("array_position", 2, 2, false,
            (pretty, arguments, sql) -> new Call("array_position", withElement(pretty, arguments, sql),
                AtomicType.LONG, ComplexTypeCoercion.anyNullable(arguments)),
            prefix("array_position")),
        new FunctionDefinition("array_remove", 2, 2, false,
            (pretty, arguments, sql) -> {
              List<BoundExpression> coerced = withElement(pretty, arguments, sql);
              return new Call("array_remove", coerced, coerced.get(0).dataType(),
                  ComplexTypeCoercion.anyNullable(arguments));
            },
            prefix("array_remove")),
        added("array_append"),
        added("array_prepend"),
        new FunctionDefinition("array_insert", 3, 3, false, ArrayFunctions::arrayInsert, prefix("array_insert")),
        new FunctionDefinition("array_compact", 1, 1, false,
            (pretty, arguments, sql) -> new Call("array_compact", arguments,
                new ArrayType(ComplexTypeCoercion.array(pretty, arguments, sql, 0).elementType(), false),
                arguments.get(0).nullable()),
            prefix("array_compact")),
        new FunctionDefinition("array_size", 1, 1, false,
            (pretty, arguments, sql) -> {
              if (arguments.get(0).dataType() == AtomicType.NULL) {
                return Literal.nullOf(AtomicType.INTEGER); // Spark casts a NULL to an array implicitly
              }
              ComplexTypeCoercion.array(pretty, arguments, sql, 0);
              return new Call("size", arguments, AtomicType.INTEGER, arguments.get(0).nullable());
            },
            prefix("array_size")),
        new FunctionDefinition("get", 2, 2, false,
            (pretty, arguments, sql) -> new Call("get", List.of(arguments.get(0),
                InputChecks.integer(pretty, arguments, sql, 1)),
                ComplexTypeCoercion.array(pretty, arguments, sql, 0).elementType(), true),
            prefix("get")),
        new FunctionDefinition("try_element_at", 2, 2, false,
            (pretty, arguments, sql) -> {
              Call call = (Call) CollectionFunctions.elementAt(pretty, arguments, sql);
              return call.function().equals("element_at")
                  ? new Call("try_element_at", call.arguments(), call.dataType(), true) : call;
            },
            prefix("try_element_at")));
  }

  /** Spark's default comparator of array_sort as its name shows it: nulls last, otherwise ascending. */
  private static String defaultComparator(String left, String right) {
    return "lambdafunction((IF(((" + left + " IS NULL) AND (" + right + " IS NULL)), 0, (IF((" + left
        + " IS NULL), 1, (IF((" + right + " IS NULL), -1, (IF((" + left + " < " + right + "), -1, (IF((" + left
        + " > " + right + "), 1, 0)))))))))), " + left + ", " + right + ")";
  }

  /** array_append(array, value) / array_prepend: the element type widened to hold the value. */
  private static FunctionDefinition added(String name) {
    return new FunctionDefinition(name, 2, 2, false,
        (pretty, arguments, sql) -> {
          List<BoundExpression> coerced = withElement(pretty, arguments, sql);
          ArrayType array = (ArrayType) coerced.get(0).dataType();
          return new Call(name, coerced, new ArrayType(array.elementType(),
              array.containsNull() || arguments.get(1).nullable()), arguments.get(0).nullable());
        },
        prefix(name));
  }

  /** array_insert(array, position, value): 1-based, negative from the end, padded with NULLs; 0 fails. */
  private static BoundExpression arrayInsert(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> coerced = withElement(pretty, List.of(arguments.get(0), arguments.get(2)),
        List.of(sql.get(0), sql.get(2)));
    ArrayType array = (ArrayType) coerced.get(0).dataType();
    return new Call("array_insert", List.of(coerced.get(0), InputChecks.strictInteger(pretty, arguments, sql, 1),
        coerced.get(1)), new ArrayType(array.elementType(), true),
        arguments.get(0).nullable() || arguments.get(1).nullable());
  }

  /**
   * {@code spark.sql.legacy.negativeIndexInArrayInsert}: a negative position counts one further from the end (-1 is
   * before the last element, not after it), as array_insert did before Spark 3.5.
   */
  static BoundExpression legacyNegativeInsert(BoundExpression bound) {
    if (!(bound instanceof Call call && call.function().equals("array_insert"))) {
      return bound;
    }
    BoundExpression position = call.argument(1);
    BoundExpression shifted = new Call("case_when", List.of(new Call("less_than", List.of(position, Literal.of(0)),
        AtomicType.BOOLEAN, position.nullable()), new Call("subtract", List.of(position, Literal.of(1)),
        AtomicType.INTEGER, position.nullable()), position), AtomicType.INTEGER, position.nullable());
    return new Call("array_insert", List.of(call.argument(0), shifted, call.argument(2)), call.dataType(),
        call.nullable());
  }

  /**
   * The array (argument 0) and a value (argument 1) cast to their common element type, or Spark's
   * ARRAY_FUNCTION_DIFF_TYPES.
   */
  static List<BoundExpression> withElement(String pretty, List<BoundExpression> arguments, List<String> sql) {
    ArrayType array = ComplexTypeCoercion.array(pretty, arguments, sql, 0);
    DataType common = ComplexTypeCoercion.widerType(array.elementType(), arguments.get(1).dataType())
        .orElseThrow(() -> InputChecks.followedByDifferentType(pretty, array, arguments.get(1).dataType()));
    BoundExpression list = ComplexTypeCoercion.castAll(List.of(arguments.get(0)),
        new ArrayType(common, array.containsNull())).get(0);
    BoundExpression value = ComplexTypeCoercion.castAll(List.of(arguments.get(1)), common).get(0);
    return List.of(list, value);
  }
}
