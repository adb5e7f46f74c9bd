package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spark's KLL quantile sketch functions for each item kind (bigint, float, double): the aggregates
 * {@code kll_sketch_agg_<kind>(x[, k])} and {@code kll_merge_agg_<kind>(sketch[, k])} (k a constant in [8, 65535],
 * checked when analyzed; default 200, or the first sketch's for a merge), and the readers
 * {@code kll_sketch_get_quantile_<kind>} (constant rank(s) in DOUBLE), {@code kll_sketch_get_rank_<kind>} (constant
 * item(s) of the kind), {@code kll_sketch_get_n_<kind>}, {@code kll_sketch_merge_<kind>},
 * {@code kll_sketch_to_string_<kind>}. The aggregates take only their input types; the readers cast implicitly.
 */
final class KllSketchFunctions {
  private static final List<String> KINDS = List.of("bigint", "float", "double");
  static final Set<String> AGGREGATES = Set.of("kll_sketch_agg_bigint", "kll_sketch_agg_float",
      "kll_sketch_agg_double", "kll_merge_agg_bigint", "kll_merge_agg_float", "kll_merge_agg_double");
  private static final int MIN_K = 8;
  private static final int MAX_K = 65535;

  private KllSketchFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    List<FunctionDefinition> definitions = new ArrayList<>();
    for (String kind : KINDS) {
      definitions.add(aggregate("kll_sketch_agg_" + kind, inputs(kind)));
      definitions.add(aggregate("kll_merge_agg_" + kind, List.of(AtomicType.BINARY)));
      definitions.add(reader("kll_sketch_get_n_" + kind, AtomicType.LONG));
      definitions.add(reader("kll_sketch_to_string_" + kind, AtomicType.STRING));
      definitions.add(merge("kll_sketch_merge_" + kind));
      definitions.add(lookup("kll_sketch_get_quantile_" + kind, "rank", AtomicType.DOUBLE, item(kind)));
      definitions.add(lookup("kll_sketch_get_rank_" + kind, "quantile", item(kind), AtomicType.DOUBLE));
    }
    return definitions;
  }

  /** The item type of a kind. */
  static DataType item(String kind) {
    return switch (kind) {
      case "bigint" -> AtomicType.LONG;
      case "float" -> AtomicType.FLOAT;
      default -> AtomicType.DOUBLE;
    };
  }

  /** The kind of a function's name (its last word). */
  static String kind(String function) {
    return function.substring(function.lastIndexOf('_') + 1);
  }

  /** The aggregate's accepted input types, in the order Spark lists them. */
  private static List<DataType> inputs(String kind) {
    return switch (kind) {
      case "bigint" -> List.of(AtomicType.BYTE, AtomicType.INTEGER, AtomicType.LONG, AtomicType.SHORT);
      case "float" -> List.of(AtomicType.FLOAT);
      default -> List.of(AtomicType.FLOAT, AtomicType.DOUBLE);
    };
  }

  private static FunctionDefinition aggregate(String name, List<DataType> inputs) {
    return new FunctionDefinition(name, 1, 2, true, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0);
      if (!inputs.contains(value.dataType())) {
        throw InputChecks.unexpectedType(pretty, 0, InputChecks.unquoted(sql.get(0)), value.dataType(),
            required(inputs));
      }
      List<BoundExpression> bound = new ArrayList<>(List.of(value));
      if (arguments.size() == 2) {
        bound.add(Literal.of(k(pretty, arguments.get(1), sql.get(1))));
      }
      return new Call(name, bound, AtomicType.BINARY, false);
    }, prefix(name));
  }

  /** Spark's KllSketchAggBase check of k: an INT constant, not NULL, in range. */
  private static int k(String pretty, BoundExpression k, String sql) {
    if (k.dataType() != AtomicType.INTEGER && k.dataType() != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 1, InputChecks.unquoted(sql), k.dataType(), "\"INT\"");
    }
    Object value = ConstantArguments.value(k).orElseThrow(() -> SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT",
        "\"" + pretty + "\"", "the input k should be a foldable int expression; however, got " + sql + ".",
        Map.of("inputName", "k", "inputType", "int", "inputExpr", sql)));
    if (value == ConstantArguments.NULL) {
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"", "The k must not be null.",
          Map.of("exprName", "k"));
    }
    int number = ((Number) value).intValue();
    if (number < MIN_K || number > MAX_K) {
      String function = pretty.substring(0, pretty.indexOf('('));
      String message = "[KLL_SKETCH_K_OUT_OF_RANGE] For function `" + function + "`, the k parameter must be between "
          + MIN_K + " and " + MAX_K + " (inclusive), but got " + number + ". SQLSTATE: 22003";
      throw SparkErrors.dataTypeMismatch("TYPE_CHECK_FAILURE_WITH_HINT", "\"" + pretty + "\"", message,
          Map.of("msg", message, "hint", ""));
    }
    return number;
  }

  private static FunctionDefinition reader(String name, DataType result) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression sketch = binary(pretty, 0, arguments.get(0), sql.get(0));
      return new Call(name, List.of(sketch), result, sketch.nullable());
    }, prefix(name));
  }

  private static FunctionDefinition merge(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression left = binary(pretty, 0, arguments.get(0), sql.get(0));
      BoundExpression right = binary(pretty, 1, arguments.get(1), sql.get(1));
      return new Call(name, List.of(left, right), AtomicType.BINARY, left.nullable() || right.nullable());
    }, prefix(name));
  }

  /**
   * {@code name(sketch, x)}: x a constant of {@code argumentType} or an array of them, the result of
   * {@code resultType} or an array of it (no NULL elements).
   */
  private static FunctionDefinition lookup(String name, String argumentName, DataType argumentType,
      DataType resultType) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression sketch = binary(pretty, 0, arguments.get(0), sql.get(0));
      BoundExpression argument = arguments.get(1);
      boolean isArray = argument.dataType() instanceof ArrayType;
      BoundExpression cast = isArray ? castArray(pretty, argument, sql.get(1), argumentType)
          : castScalar(pretty, argument, sql.get(1), argumentType);
      if (ConstantArguments.value(argument).isEmpty()) {
        throw ConstantArguments.nonFoldable(pretty, argumentName, cast.dataType(), sql.get(1));
      }
      DataType result = isArray ? new ArrayType(resultType, false) : resultType;
      return new Call(name, List.of(sketch, cast), result, sketch.nullable() || argument.nullable());
    }, prefix(name));
  }

  private static BoundExpression castScalar(String pretty, BoundExpression argument, String sql, DataType target) {
    if (!castsImplicitly(argument.dataType(), target)) {
      throw InputChecks.unexpectedType(pretty, 1, InputChecks.unquoted(sql), argument.dataType(),
          "(" + SparkErrors.toSqlType(target) + " or \"ARRAY<" + SparkErrors.toSqlType(target).replace("\"", "")
              + ">\")");
    }
    return argument.dataType() == target ? argument : TypeCoercion.castTo(argument, target);
  }

  private static BoundExpression castArray(String pretty, BoundExpression argument, String sql, DataType target) {
    DataType element = ((ArrayType) argument.dataType()).elementType();
    if (!castsImplicitly(element, target)) {
      throw InputChecks.unexpectedType(pretty, 1, InputChecks.unquoted(sql), argument.dataType(),
          "(" + SparkErrors.toSqlType(target) + " or \"ARRAY<" + SparkErrors.toSqlType(target).replace("\"", "")
              + ">\")");
    }
    return element == target ? argument : TypeCoercion.castTo(argument, new ArrayType(target, false));
  }

  /** Spark's implicit casts here: NULL, and numbers to a number type (whole numbers only to BIGINT). */
  private static boolean castsImplicitly(DataType from, DataType to) {
    if (from == to || from == AtomicType.NULL) {
      return true;
    }
    if (!from.isNumeric()) {
      return false;
    }
    return to != AtomicType.LONG || from instanceof AtomicType atomic && atomic.integral();
  }

  private static BoundExpression binary(String pretty, int index, BoundExpression argument, String sql) {
    if (argument.dataType() == AtomicType.BINARY) {
      return argument;
    }
    if (argument.dataType() == AtomicType.NULL) {
      return TypeCoercion.castTo(argument, AtomicType.BINARY);
    }
    throw InputChecks.unexpectedType(pretty, index, InputChecks.unquoted(sql), argument.dataType(), "\"BINARY\"");
  }

  private static String required(List<DataType> accepted) {
    List<String> names = new ArrayList<>();
    for (DataType type : accepted) {
      names.add(SparkErrors.toSqlType(type));
    }
    return names.size() == 1 ? names.get(0) : "(" + String.join(" or ", names) + ")";
  }
}
