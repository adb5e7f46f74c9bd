package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spark's DataSketches functions, HLL ({@code hll_sketch_agg}, {@code hll_union_agg}, {@code hll_sketch_estimate},
 * {@code hll_union}) and Theta ({@code theta_sketch_agg}, {@code theta_union_agg}, {@code theta_intersection_agg},
 * {@code theta_sketch_estimate}, {@code theta_union}, {@code theta_intersection}, {@code theta_difference}):
 * sketches are BINARY, estimates BIGINT. Spark's input types (ExpectsInputTypes: byte and short widen to INT,
 * NULL takes the first type); omitted arguments take Spark's defaults (lgConfigK and lgNomEntries 12,
 * allowDifferentLgConfigK false), which Spark names. Their ranges are checked at run time, as Spark does.
 */
final class DataSketchesFunctions {
  static final Set<String> AGGREGATES = Set.of("hll_sketch_agg", "hll_union_agg", "theta_sketch_agg",
      "theta_union_agg", "theta_intersection_agg");
  private static final int DEFAULT_LG = 12;
  private static final List<DataType> HLL_INPUTS = List.of(AtomicType.INTEGER, AtomicType.LONG, AtomicType.STRING,
      AtomicType.BINARY);
  /** In the order Spark 4.2 lists them. */
  static final List<DataType> THETA_INPUTS = List.of(new ArrayType(AtomicType.INTEGER, true),
      new ArrayType(AtomicType.LONG, true), AtomicType.BINARY, AtomicType.DOUBLE, AtomicType.FLOAT,
      AtomicType.INTEGER, AtomicType.LONG, AtomicType.STRING);

  private DataSketchesFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        aggregate("hll_sketch_agg", HLL_INPUTS, AtomicType.INTEGER, Literal.of(DEFAULT_LG)),
        aggregate("hll_union_agg", List.of(AtomicType.BINARY), AtomicType.BOOLEAN, Literal.of(false)),
        aggregate("theta_sketch_agg", THETA_INPUTS, AtomicType.INTEGER, Literal.of(DEFAULT_LG)),
        aggregate("theta_union_agg", List.of(AtomicType.BINARY), AtomicType.INTEGER, Literal.of(DEFAULT_LG)),
        intersectionAggregate(),
        estimate("hll_sketch_estimate"),
        estimate("theta_sketch_estimate"),
        setOperation("hll_union", AtomicType.BOOLEAN, Literal.of(false)),
        setOperation("theta_union", AtomicType.INTEGER, Literal.of(DEFAULT_LG)),
        binarySetOperation("theta_intersection"),
        binarySetOperation("theta_difference"));
  }

  /** {@code name(x[, option])}: a sketch of the group's values (never NULL). */
  private static FunctionDefinition aggregate(String name, List<DataType> inputs, DataType optionType,
      Literal defaultOption) {
    return new FunctionDefinition(name, 1, 2, true, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      bound.add(coerce(pretty, 0, arguments.get(0), sql.get(0), inputs));
      bound.add(arguments.size() == 2 ? coerce(pretty, 1, arguments.get(1), sql.get(1), List.of(optionType))
          : defaultOption);
      return new Call(name, bound, AtomicType.BINARY, false);
    }, (names, distinct) -> prefix(name).name(PercentileFunctions.withDefault(names, 2,
        String.valueOf(defaultOption.value())), distinct));
  }

  /** theta_intersection_agg(x): Spark 4.2 intersects with the library's default size (lgNomEntries 12). */
  private static FunctionDefinition intersectionAggregate() {
    String name = "theta_intersection_agg";
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> new Call(name,
        List.of(coerce(pretty, 0, arguments.get(0), sql.get(0), List.of(AtomicType.BINARY)), Literal.of(DEFAULT_LG)),
        AtomicType.BINARY, false), prefix(name));
  }

  private static FunctionDefinition estimate(String name) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression sketch = coerce(pretty, 0, arguments.get(0), sql.get(0), List.of(AtomicType.BINARY));
      return new Call(name, List.of(sketch), AtomicType.LONG, sketch.nullable());
    }, prefix(name));
  }

  /** theta_intersection(a, b), theta_difference(a, b): the library's default size (lgNomEntries 12). */
  private static FunctionDefinition binarySetOperation(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression first = coerce(pretty, 0, arguments.get(0), sql.get(0), List.of(AtomicType.BINARY));
      BoundExpression second = coerce(pretty, 1, arguments.get(1), sql.get(1), List.of(AtomicType.BINARY));
      return new Call(name, List.of(first, second, Literal.of(DEFAULT_LG)), AtomicType.BINARY,
          first.nullable() || second.nullable());
    }, prefix(name));
  }

  /** {@code name(first, second[, option])}: NULL when either sketch or the option is NULL. */
  private static FunctionDefinition setOperation(String name, DataType optionType, Literal defaultOption) {
    return new FunctionDefinition(name, 2, 3, false, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      bound.add(coerce(pretty, 0, arguments.get(0), sql.get(0), List.of(AtomicType.BINARY)));
      bound.add(coerce(pretty, 1, arguments.get(1), sql.get(1), List.of(AtomicType.BINARY)));
      bound.add(arguments.size() == 3 ? coerce(pretty, 2, arguments.get(2), sql.get(2), List.of(optionType))
          : defaultOption);
      return new Call(name, bound, AtomicType.BINARY, bound.stream().anyMatch(BoundExpression::nullable));
    }, (names, distinct) -> prefix(name).name(PercentileFunctions.withDefault(names, 3,
        String.valueOf(defaultOption.value())), distinct));
  }

  /** Spark's implicit cast to the first accepted type an argument reaches (byte, short: INT; NULL: the first). */
  static BoundExpression coerce(String pretty, int index, BoundExpression argument, String sql,
      List<DataType> accepted) {
    DataType type = argument.dataType();
    if (accepted.contains(type)) {
      return argument;
    }
    if (type == AtomicType.NULL) {
      return TypeCoercion.castTo(argument, accepted.get(0));
    }
    if ((type == AtomicType.BYTE || type == AtomicType.SHORT) && accepted.contains(AtomicType.INTEGER)) {
      return TypeCoercion.castTo(argument, AtomicType.INTEGER);
    }
    if (type instanceof ArrayType array && accepted.contains(new ArrayType(array.elementType(), true))) {
      return argument;
    }
    // Spark shows a string literal here without its quotes
    throw InputChecks.unexpectedType(pretty, index, InputChecks.unquoted(sql), type, required(accepted));
  }

  private static String required(List<DataType> accepted) {
    List<String> names = new ArrayList<>();
    for (DataType type : accepted) {
      names.add(dev.ember.plan.errors.SparkErrors.toSqlType(type));
    }
    return names.size() == 1 ? names.get(0) : "(" + String.join(" or ", names) + ")";
  }
}
