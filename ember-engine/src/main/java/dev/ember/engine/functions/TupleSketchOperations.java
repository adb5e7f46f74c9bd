package dev.ember.engine.functions;

import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.tuple.AnotB;
import org.apache.datasketches.tuple.Intersection;
import org.apache.datasketches.tuple.Sketch;
import org.apache.datasketches.tuple.Summary;
import org.apache.datasketches.tuple.TupleSketchIterator;
import org.apache.datasketches.tuple.Union;
import org.apache.datasketches.tuple.adouble.DoubleSummary;
import org.apache.datasketches.tuple.aninteger.IntegerSummary;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's scalar Tuple sketch functions: tuple_sketch_estimate_*, tuple_sketch_theta_*, tuple_sketch_summary_*
 * and the set operations tuple_union_*, tuple_intersection_*, tuple_difference_* with their {@code _theta}
 * variants, whose second sketch is a Theta sketch. NULL for a NULL sketch; the size and mode were checked by the
 * analyzer, as Spark checks them.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class TupleSketchOperations {
  /** {@code ember_tuple_sketch_estimate(sketch, function)}. */
  static final JavaFunction ESTIMATE = JavaFunction.of("ember_tuple_sketch_estimate", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.DOUBLE, arguments -> arguments[0] == null
          ? null : sketch(arguments).getEstimate());
  /** {@code ember_tuple_sketch_theta(sketch, function)}. */
  static final JavaFunction THETA = JavaFunction.of("ember_tuple_sketch_theta", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR), DuckDBColumnType.DOUBLE, arguments -> arguments[0] == null ? null
          : sketch(arguments).getTheta());
  /** {@code ember_tuple_sketch_summary_double(sketch, mode)}. */
  static final JavaFunction SUMMARY_DOUBLE = JavaFunction.of("ember_tuple_sketch_summary_double", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.DOUBLE, arguments -> arguments[0] == null
          || arguments[1] == null ? null : summary((String) arguments[0], "tuple_sketch_summary_double",
              (String) arguments[1], Arithmetic.DOUBLES));
  /** {@code ember_tuple_sketch_summary_integer(sketch, mode)}. */
  static final JavaFunction SUMMARY_INTEGER = JavaFunction.of("ember_tuple_sketch_summary_integer", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.BIGINT, arguments -> arguments[0] == null
          || arguments[1] == null ? null : summary((String) arguments[0], "tuple_sketch_summary_integer",
              (String) arguments[1], Arithmetic.LONGS));
  /** {@code ember_tuple_set(function, first, second, lgNomEntries, mode)}. */
  static final JavaFunction SET = JavaFunction.of("ember_tuple_set", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[1] == null || arguments[2] == null || arguments[3] == null
          || arguments[4] == null ? null : set((String) arguments[0], (String) arguments[1], (String) arguments[2],
              (Integer) arguments[3], (String) arguments[4]));

  private TupleSketchOperations() {
  }

  private static Sketch sketch(Object[] arguments) {
    String function = (String) arguments[1];
    return TupleSummaryKind.of(function).heapify((String) arguments[0], function);
  }

  /** Spark's TupleSketchUtils.aggregateNumericSummaries over the sketch's entries (0 for an empty sketch). */
  static <T> T summary(String hex, String function, String mode, Arithmetic<T> arithmetic) {
    TupleSketchIterator iterator = TupleSummaryKind.of(function).heapify(hex, function).iterator();
    String kind = mode.toLowerCase(Locale.ROOT);
    T result = arithmetic.zero();
    boolean first = true;
    while (iterator.next()) {
      T value = arithmetic.value().apply(iterator.getSummary());
      result = switch (kind) {
        case "min" -> first ? value : arithmetic.min().apply(result, value);
        case "max" -> first ? value : arithmetic.max().apply(result, value);
        case "alwaysone" -> arithmetic.plus().apply(result, arithmetic.one());
        default -> arithmetic.plus().apply(result, value);
      };
      first = false;
    }
    return result;
  }

  /** Scala's Numeric of the summaries' values: doubles, or integers added up as longs. */
  record Arithmetic<T>(T zero, T one, Function<Summary, T> value, BinaryOperator<T> plus, BinaryOperator<T> min,
      BinaryOperator<T> max) {
    static final Arithmetic<Double> DOUBLES = new Arithmetic<>(0.0, 1.0,
        summary -> ((DoubleSummary) summary).getValue(), Double::sum, Math::min, Math::max);
    static final Arithmetic<Long> LONGS = new Arithmetic<>(0L, 1L,
        summary -> (long) ((IntegerSummary) summary).getValue(), Long::sum, Math::min, Math::max);
  }

  static String set(String function, String first, String second, int lgNomEntries, String mode) {
    TupleSummaryKind summaries = TupleSummaryKind.of(function);
    boolean theta = function.contains("_theta_");
    Sketch left = summaries.heapify(first, function);
    Sketch right = theta ? null : summaries.heapify(second, function);
    CompactSketch thetaRight = theta ? ThetaSketches.wrap(second, function) : null;
    org.apache.datasketches.tuple.CompactSketch result;
    if (function.startsWith("tuple_union")) {
      Union union = new Union(1 << lgNomEntries, summaries.setOperations(mode));
      union.union(left);
      if (theta) {
        union.union(thetaRight, summaries.defaultSummary(mode));
      } else {
        union.union(right);
      }
      result = union.getResult();
    } else if (function.startsWith("tuple_intersection")) {
      Intersection intersection = new Intersection(summaries.setOperations(mode));
      intersection.intersect(left);
      if (theta) {
        intersection.intersect(thetaRight, summaries.defaultSummary(mode));
      } else {
        intersection.intersect(right);
      }
      result = intersection.getResult();
    } else {
      AnotB difference = new AnotB();
      difference.setA(left);
      if (theta) {
        difference.notB(thetaRight);
      } else {
        difference.notB(right);
      }
      result = difference.getResult(true);
    }
    return SketchInput.HEX.formatHex(result.toByteArray());
  }
}
