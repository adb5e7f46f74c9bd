package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sketch aggregates behind {@code stat().bloomFilter} and {@code stat().countMinSketch}, with the
 * checks of Spark's BloomFilterAggregate and CountMinSketchAgg. The resolved call keeps the sizes
 * Spark builds the sketch with (items and bits capped; eps, confidence and seed as doubles and an int).
 */
final class SketchFunctions {
  /** spark.sql.optimizer.runtime.bloomFilter.{expectedNumItems, numBits, maxNumItems, maxNumBits} defaults. */
  private static final long DEFAULT_EXPECTED_ITEMS = 1_000_000L;
  private static final long DEFAULT_BITS = 8_388_608L;
  private static final long MAX_ITEMS = 4_000_000L;
  private static final long MAX_BITS = 67_108_864L;
  private static final Set<DataType> BLOOM_FILTER_INPUTS = Set.of(AtomicType.LONG, AtomicType.INTEGER,
      AtomicType.SHORT, AtomicType.BYTE, AtomicType.STRING);
  private static final Set<DataType> COUNT_MIN_SKETCH_INPUTS = Set.of(AtomicType.LONG, AtomicType.INTEGER,
      AtomicType.SHORT, AtomicType.BYTE, AtomicType.STRING, AtomicType.BINARY);
  /** A constant argument whose value is NULL. */
  private static final Object NULL = new Object();

  private SketchFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("bloom_filter_agg", 1, 3, true, SketchFunctions::bloomFilter,
            (names, distinct) -> prefix("bloom_filter_agg").name(withDefaultSizes(names), distinct)),
        new FunctionDefinition("count_min_sketch", 4, 4, true, SketchFunctions::countMinSketch,
            prefix("count_min_sketch")));
  }

  /** Spark's one- and two-argument constructors: default sizes, or 8 bits per expected item. */
  private static List<String> withDefaultSizes(List<String> names) {
    List<String> all = new ArrayList<>(names);
    if (names.size() == 1) {
      all.add(Long.toString(DEFAULT_EXPECTED_ITEMS));
      all.add(Long.toString(DEFAULT_BITS));
    } else if (names.size() == 2) {
      all.add("(" + names.get(1) + " * 8)");
    }
    return all;
  }

  private static BoundExpression bloomFilter(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> sized = new ArrayList<>(arguments);
    List<String> sizedSql = new ArrayList<>(sql);
    if (sized.size() == 1) {
      sized.add(Literal.of(DEFAULT_EXPECTED_ITEMS));
      sizedSql.add(Long.toString(DEFAULT_EXPECTED_ITEMS));
    }
    if (sized.size() == 2) {
      Optional<Object> items = constant(sized.get(1));
      sized.add(items.isPresent() && items.get() instanceof Long count ? Literal.of(count * 8) : sized.get(1));
      sizedSql.add("(" + sizedSql.get(1) + " * 8)");
    }
    List<DataType> types = InputChecks.types(sized);
    if (types.get(1) == AtomicType.NULL || types.get(2) == AtomicType.NULL) {
      throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"",
          "The estimatedNumItems or numBits must not be null.", Map.of("exprName", "estimatedNumItems or numBits"));
    }
    if (!BLOOM_FILTER_INPUTS.contains(types.get(0)) || types.get(1) != AtomicType.LONG
        || types.get(2) != AtomicType.LONG) {
      String actual = String.join(", ", types.stream().map(SparkErrors::toSqlType).toList());
      throw SparkErrors.dataTypeMismatch("BLOOM_FILTER_WRONG_TYPE", "\"" + pretty + "\"",
          "Input to function `bloom_filter_agg` should have been \"BINARY\" followed by value with \"BIGINT\", "
              + "but it's [" + actual + "].",
          Map.of("functionName", "`bloom_filter_agg`", "expectedLeft", "\"BINARY\"", "expectedRight", "\"BIGINT\"",
              "actual", actual));
    }
    long items = positiveSize(pretty, sized.get(1), sizedSql.get(1), "estimatedNumItems", "estimatedNumItems",
        MAX_ITEMS);
    long bits = positiveSize(pretty, sized.get(2), sizedSql.get(2), "numBitsExpression", "numBits", MAX_BITS);
    return new Call("bloom_filter_agg", List.of(sized.get(0), Literal.of(items), Literal.of(bits)), AtomicType.BINARY,
        true);
  }

  /** A constant size, capped; Spark compares the capped value with zero and names it in the error. */
  private static long positiveSize(String pretty, BoundExpression size, String sizeSql, String inputName,
      String exprName, long cap) {
    Object value = constant(size).orElseThrow(() -> ConstantArguments.nonFoldable(pretty, inputName, size.dataType(), sizeSql));
    if (value == NULL) {
      throw SparkErrors.internal("The " + exprName + " of bloom_filter_agg is NULL.");
    }
    long capped = Math.min((Long) value, cap);
    if (capped <= 0) {
      throw outOfRange(pretty, exprName, "[0, positive]", capped + "L");
    }
    return capped;
  }

  private static BoundExpression countMinSketch(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<DataType> types = InputChecks.types(arguments);
    if (!COUNT_MIN_SKETCH_INPUTS.contains(types.get(0))) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), types.get(0),
          "(\"INTEGRAL\" or \"STRING\" or \"BINARY\")");
    }
    for (int index = 1; index <= 2; index++) {
      if (types.get(index) != AtomicType.DOUBLE) {
        throw InputChecks.unexpectedType(pretty, index, sql.get(index), types.get(index), "\"DOUBLE\"");
      }
    }
    if (types.get(3) != AtomicType.INTEGER && types.get(3) != AtomicType.LONG) {
      throw InputChecks.unexpectedType(pretty, 3, sql.get(3), types.get(3), "(\"INT\" or \"BIGINT\")");
    }
    List<String> names = List.of("eps", "confidence", "seed");
    List<Object> values = new ArrayList<>();
    for (int index = 1; index <= 3; index++) {
      int argument = index;
      values.add(constant(arguments.get(index))
          .orElseThrow(() -> ConstantArguments.nonFoldable(pretty, names.get(argument - 1), arguments.get(argument).dataType(),
              sql.get(argument))));
    }
    for (int index = 0; index < 3; index++) {
      if (values.get(index) == NULL) {
        throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + pretty + "\"",
            "The " + names.get(index) + " must not be null.", Map.of("exprName", names.get(index)));
      }
    }
    double eps = (Double) values.get(0);
    double confidence = (Double) values.get(1);
    if (eps <= 0.0) {
      throw outOfRange(pretty, "eps", "(0.0, " + Double.MAX_VALUE + "]", LiteralNames.sql(
          new Literal(eps, AtomicType.DOUBLE)));
    }
    if (confidence <= 0.0 || confidence >= 1.0) {
      throw outOfRange(pretty, "confidence", "(0.0, 1.0]",
          LiteralNames.sql(new Literal(confidence, AtomicType.DOUBLE)));
    }
    int seed = ((Number) values.get(2)).intValue();
    return new Call("count_min_sketch", List.of(arguments.get(0), new Literal(eps, AtomicType.DOUBLE),
        new Literal(confidence, AtomicType.DOUBLE), Literal.of(seed)), AtomicType.BINARY, false);
  }

  /** What a constant argument evaluates to ({@link #NULL} for a NULL), empty when it is not constant. */
  private static Optional<Object> constant(BoundExpression argument) {
    if (argument instanceof Literal literal) {
      return Optional.of(literal.value() == null ? NULL : literal.value());
    }
    if (argument instanceof BoundCast cast && cast.child() instanceof Literal literal && literal.value() == null) {
      return Optional.of(NULL);
    }
    return Optional.empty();
  }

  private static RuntimeException outOfRange(String pretty, String name, String range, String value) {
    return SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", "\"" + pretty + "\"",
        "The " + name + " must be between " + range + " (current value = " + value + ").",
        Map.of("exprName", name, "valueRange", range, "currentValue", value));
  }
}
