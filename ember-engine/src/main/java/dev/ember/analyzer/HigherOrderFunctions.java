package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundLambda;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * transform, filter, exists, forall, aggregate (reduce), zip_with and array_sort with a comparator: the
 * collection arguments resolve first, then each lambda with its parameters typed by the function (Spark's bind of HigherOrderFunction).
 */
final class HigherOrderFunctions {
  private static final Set<String> NAMES = Set.of("transform", "filter", "exists", "forall", "aggregate", "zip_with",
      "transform_values", "map_filter", "transform_keys", "map_zip_with", "reduce");

  private HigherOrderFunctions() {
  }

  /** array_sort is one only with a comparator; without, it is an ordinary function. */
  static boolean handles(UnresolvedFunction function) {
    String name = function.name().toLowerCase(Locale.ROOT);
    return NAMES.contains(name)
        || name.equals("array_sort") && function.arguments().stream().anyMatch(LambdaFunction.class::isInstance);
  }

  static BoundColumn resolve(LambdaScope lambdas, UnresolvedFunction function) {
    String name = function.name().toLowerCase(Locale.ROOT);
    List<Expression> arguments = function.arguments();
    int expected = switch (name) {
      case "aggregate", "reduce" -> 4;
      case "zip_with", "map_zip_with" -> 3;
      default -> 2;
    };
    boolean folds = name.equals("aggregate") || name.equals("reduce");
    if (arguments.size() != expected && !(folds && arguments.size() == 3)) {
      throw SparkErrors.wrongNumArgs("`" + name + "`", Integer.toString(expected), arguments.size());
    }
    int lambdaCount = folds ? arguments.size() - 2 : 1;
    List<BoundColumn> values = new ArrayList<>();
    for (Expression argument : arguments.subList(0, arguments.size() - lambdaCount)) {
      values.add(lambdas.resolver().resolve(argument));
    }
    List<Expression> lambdaArguments = arguments.subList(arguments.size() - lambdaCount, arguments.size());
    String pretty = name + "(" + String.join(", ", names(values)) + ", "
        + String.join(", ", lambdaArguments.stream().map(LambdaScope::unresolvedName).toList()) + ")";
    if (name.startsWith("map_") || name.startsWith("transform_")) {
      return MapLambdas.resolve(lambdas, name, pretty, values, arguments.get(arguments.size() - 1));
    }
    List<ArrayType> arrays = new ArrayList<>();
    int arrayCount = name.equals("zip_with") ? 2 : 1;
    for (int i = 0; i < arrayCount; i++) {
      if (!(values.get(i).expression().dataType() instanceof ArrayType array)) {
        throw InputChecks.unexpectedType(pretty, i, values.get(i).name(), values.get(i).expression().dataType(),
            "\"ARRAY\"");
      }
      arrays.add(array);
    }
    ArrayType array = arrays.get(0);
    BoundExpression input = values.get(0).expression();
    switch (name) {
      case "transform": {
        BoundColumn lambda = lambdas.bind(lambda(arguments.get(1)), List.of(array.elementType(), AtomicType.INTEGER),
            List.of(array.containsNull(), false));
        return call(name, List.of(input, lambda.expression()), new ArrayType(lambda.expression().dataType(),
            lambda.expression().nullable()), input.nullable(), values, List.of(lambda));
      }
      case "filter":
      case "exists":
      case "forall": {
        BoundColumn lambda = lambdas.bind(lambda(arguments.get(1)), List.of(array.elementType(), AtomicType.INTEGER),
            List.of(array.containsNull(), false));
        requireBoolean(lambdas, pretty(lambdas, name, values, List.of(lambda)), lambda);
        DataType type = name.equals("filter") ? array : AtomicType.BOOLEAN;
        // exists/forall follow three-valued logic (Spark's default): NULL from a NULL array or a NULL predicate
        boolean nullable = input.nullable() || !name.equals("filter") && lambda.expression().nullable();
        return call(name, List.of(input, lambda.expression()), type, nullable, values, List.of(lambda));
      }
      case "aggregate":
      case "reduce":
        return aggregate(lambdas, name, arguments, values, array);
      case "array_sort": {
        BoundColumn lambda = lambdas.bind(lambda(arguments.get(1)), List.of(array.elementType(), array.elementType()),
            List.of(array.containsNull(), array.containsNull()));
        requireReturnType(lambdas, pretty(lambdas, name, values, List.of(lambda)), lambda, AtomicType.INTEGER);
        return call(name, List.of(input, lambda.expression()), array, input.nullable(), values, List.of(lambda));
      }
      default: {
        BoundColumn lambda = lambdas.bind(lambda(arguments.get(2)),
            List.of(array.elementType(), arrays.get(1).elementType()), List.of(true, true));
        BoundExpression right = values.get(1).expression();
        return call(name, List.of(input, right, lambda.expression()), new ArrayType(lambda.expression().dataType(),
            lambda.expression().nullable()), input.nullable() || right.nullable(), values, List.of(lambda));
      }
    }
  }

  /** aggregate(array, zero, merge[, finish]) and its alias reduce. */
  private static BoundColumn aggregate(LambdaScope lambdas, String name, List<Expression> arguments,
      List<BoundColumn> values, ArrayType array) {
    BoundExpression zero = values.get(1).expression();
    BoundColumn merge = lambdas.bind(lambda(arguments.get(2)), List.of(zero.dataType(), array.elementType()),
        List.of(true, array.containsNull()));
    List<BoundColumn> bound = new ArrayList<>(List.of(merge));
    BoundColumn finish = null;
    if (arguments.size() == 4) {
      finish = lambdas.bind(lambda(arguments.get(3)), List.of(merge.expression().dataType()), List.of(true));
      bound.add(finish);
    }
    // Spark completes aggregate(array, zero, merge) with the identity as its finish, which its name shows
    BoundColumn identity = new BoundColumn(merge.expression(), "lambdafunction(" + LambdaScope.VARIABLE_NAME + ", "
        + LambdaScope.VARIABLE_NAME + ")");
    if (!ComplexTypeCoercion.sameIgnoringNullability(zero.dataType(), merge.expression().dataType())) {
      List<BoundColumn> shown = new ArrayList<>(bound);
      if (finish == null) {
        shown.add(identity);
      }
      String pretty = pretty(lambdas, name, values, shown);
      throw InputChecks.unexpectedType(pretty, 2, lambdas.errorText(merge.name()), merge.expression().dataType(),
          SparkErrors.toSqlType(zero.dataType()));
    }
    List<BoundExpression> callArguments = new ArrayList<>(List.of(values.get(0).expression(), zero,
        merge.expression()));
    DataType type = merge.expression().dataType();
    if (finish != null) {
      callArguments.add(finish.expression());
      type = finish.expression().dataType();
    } else {
      bound.add(identity);
    }
    return call(name, callArguments, type, true, values, bound);
  }

  static void requireBoolean(LambdaScope lambdas, String pretty, BoundColumn lambda) {
    DataType type = lambda.expression().dataType();
    if (type != AtomicType.BOOLEAN && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 1, lambdas.errorText(lambda.name()), type, "\"BOOLEAN\"");
    }
  }

  /** UNEXPECTED_RETURN_TYPE unless the lambda returns {@code expected} (or NULL). */
  private static void requireReturnType(LambdaScope lambdas, String pretty, BoundColumn lambda, DataType expected) {
    DataType actual = lambda.expression().dataType();
    if (actual != expected && actual != AtomicType.NULL) {
      String expectedSql = SparkErrors.toSqlType(expected);
      String actualSql = SparkErrors.toSqlType(actual);
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_RETURN_TYPE", "\"" + pretty + "\"",
          "The `lambdafunction` requires return " + expectedSql + " type, but the actual type is " + actualSql + ".",
          java.util.Map.of("functionName", "`lambdafunction`", "expectedType", expectedSql, "actualType", actualSql));
    }
  }

  static String pretty(LambdaScope lambdas, String name, List<BoundColumn> values, List<BoundColumn> bound) {
    List<String> parts = new ArrayList<>(names(values));
    bound.forEach(lambda -> parts.add(lambdas.errorText(lambda.name())));
    return name + "(" + String.join(", ", parts) + ")";
  }

  static BoundColumn call(String name, List<BoundExpression> arguments, DataType type, boolean nullable,
      List<BoundColumn> values, List<BoundColumn> lambdas) {
    List<String> parts = new ArrayList<>(names(values));
    lambdas.forEach(lambda -> parts.add(lambda.name()));
    return new BoundColumn(new Call(name, arguments, type, nullable), name + "(" + String.join(", ", parts) + ")");
  }

  private static List<String> names(List<BoundColumn> values) {
    return values.stream().map(BoundColumn::name).toList();
  }

  /**
   * The lambda argument; any other expression is, as in Spark, a lambda of hidden parameters that returns it
   * ({@code aggregate(array(1, 2), 0, 100)} is 100), written {@code lambdafunction(100, namedlambdavariable(), ...)}.
   */
  static LambdaFunction lambda(Expression argument) {
    return argument instanceof LambdaFunction lambda ? lambda : new LambdaFunction(argument, List.of());
  }

  static boolean isLambda(BoundExpression expression) {
    return expression instanceof BoundLambda;
  }
}
