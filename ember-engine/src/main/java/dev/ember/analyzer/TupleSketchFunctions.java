package dev.ember.analyzer;

import static dev.ember.analyzer.TupleSketchArguments.exact;
import static dev.ember.analyzer.TupleSketchArguments.implicit;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spark 4.2's Tuple sketch functions, each in a double and an integer flavor (the summary's type):
 * the aggregates tuple_sketch_agg (key, summary[, lgNomEntries[, mode]]), tuple_union_agg (sketch[, lgNomEntries[,
 * mode]]) and tuple_intersection_agg (sketch[, mode]); tuple_sketch_estimate, tuple_sketch_theta (DOUBLE) and
 * tuple_sketch_summary (sketch[, mode]; DOUBLE or BIGINT); the set operations tuple_union and tuple_union_theta
 * (a, b[, lgNomEntries[, mode]]), tuple_intersection and tuple_intersection_theta (a, b[, mode]),
 * tuple_difference and tuple_difference_theta (a, b). Sketches are BINARY. Omitted options take Spark's defaults
 * (12, sum), which Spark names; the calls carry the checked options as literals.
 */
final class TupleSketchFunctions {
  private static final List<String> SUMMARIES = List.of("double", "integer");
  static final Set<String> AGGREGATES = Set.of("tuple_sketch_agg_double", "tuple_sketch_agg_integer",
      "tuple_union_agg_double", "tuple_union_agg_integer", "tuple_intersection_agg_double",
      "tuple_intersection_agg_integer");

  private TupleSketchFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    List<FunctionDefinition> definitions = new ArrayList<>();
    for (String summary : SUMMARIES) {
      DataType summaryType = summary.equals("double") ? AtomicType.DOUBLE : AtomicType.INTEGER;
      definitions.add(sketchAggregate("tuple_sketch_agg_" + summary, summaryType));
      definitions.add(sketches("tuple_union_agg_" + summary, true, 1, true, true));
      definitions.add(sketches("tuple_intersection_agg_" + summary, true, 1, false, true));
      definitions.add(reader("tuple_sketch_estimate_" + summary, AtomicType.DOUBLE, false));
      definitions.add(reader("tuple_sketch_theta_" + summary, AtomicType.DOUBLE, false));
      definitions.add(reader("tuple_sketch_summary_" + summary, summaryType == AtomicType.DOUBLE ? AtomicType.DOUBLE
          : AtomicType.LONG, true));
      for (String theta : List.of("", "theta_")) {
        definitions.add(sketches("tuple_union_" + theta + summary, false, 2, true, true));
        definitions.add(sketches("tuple_intersection_" + theta + summary, false, 2, false, true));
        definitions.add(sketches("tuple_difference_" + theta + summary, false, 2, false, false));
      }
    }
    return definitions;
  }

  /** tuple_sketch_agg_*(key, summary[, lgNomEntries[, mode]]). */
  private static FunctionDefinition sketchAggregate(String name, DataType summaryType) {
    return new FunctionDefinition(name, 2, 4, true, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      bound.add(DataSketchesFunctions.coerce(pretty, 0, arguments.get(0), sql.get(0),
          DataSketchesFunctions.THETA_INPUTS));
      bound.add(implicit(pretty, 1, arguments.get(1), sql.get(1), summaryType));
      BoundExpression size = arguments.size() > 2 ? implicit(pretty, 2, arguments.get(2), sql.get(2),
          AtomicType.INTEGER) : Literal.of(TupleSketchArguments.DEFAULT_LG_NOM_ENTRIES);
      BoundExpression mode = arguments.size() > 3 ? implicit(pretty, 3, arguments.get(3), sql.get(3),
          AtomicType.STRING) : Literal.of(TupleSketchArguments.DEFAULT_MODE);
      bound.add(TupleSketchArguments.lgNomEntries(pretty, size, sql.size() > 2 ? sql.get(2) : ""));
      bound.add(TupleSketchArguments.mode(pretty, mode, sql.size() > 3 ? sql.get(3) : ""));
      return new Call(name, bound, AtomicType.BINARY, false);
    }, named(name, 4, true));
  }

  /**
   * A function of {@code sketchCount} sketches and the options it takes ({@code sized}: lgNomEntries,
   * {@code moded}: mode); aggregates cast their options implicitly.
   */
  private static FunctionDefinition sketches(String name, boolean aggregate, int sketchCount, boolean sized,
      boolean moded) {
    int max = sketchCount + (sized ? 1 : 0) + (moded ? 1 : 0);
    return new FunctionDefinition(name, sketchCount, max, aggregate, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      for (int index = 0; index < sketchCount; index++) {
        bound.add(exact(pretty, index, arguments.get(index), sql.get(index), AtomicType.BINARY));
      }
      int index = sketchCount;
      BoundExpression size = Literal.of(TupleSketchArguments.DEFAULT_LG_NOM_ENTRIES);
      String sizeSql = "";
      if (sized && arguments.size() > index) {
        size = option(pretty, aggregate, index, arguments.get(index), sql.get(index), AtomicType.INTEGER);
        sizeSql = sql.get(index++);
      }
      BoundExpression mode = Literal.of(TupleSketchArguments.DEFAULT_MODE);
      String modeSql = "";
      if (moded && arguments.size() > index) {
        mode = option(pretty, aggregate, index, arguments.get(index), sql.get(index), AtomicType.STRING);
        modeSql = sql.get(index);
      }
      if (sized) {
        bound.add(TupleSketchArguments.lgNomEntries(pretty, size, sizeSql));
      }
      if (moded) {
        bound.add(TupleSketchArguments.mode(pretty, mode, modeSql));
      }
      boolean nullable = !aggregate && bound.subList(0, sketchCount).stream().anyMatch(BoundExpression::nullable);
      return new Call(name, bound, AtomicType.BINARY, nullable);
    }, named(name, max, sized));
  }

  private static BoundExpression option(String pretty, boolean aggregate, int index, BoundExpression argument,
      String sql, DataType type) {
    return aggregate ? implicit(pretty, index, argument, sql, type) : exact(pretty, index, argument, sql, type);
  }

  /** tuple_sketch_estimate_*(sketch), tuple_sketch_theta_*(sketch), tuple_sketch_summary_*(sketch[, mode]). */
  private static FunctionDefinition reader(String name, DataType result, boolean moded) {
    return new FunctionDefinition(name, 1, moded ? 2 : 1, false, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      bound.add(exact(pretty, 0, arguments.get(0), sql.get(0), AtomicType.BINARY));
      if (moded) {
        BoundExpression mode = arguments.size() > 1 ? exact(pretty, 1, arguments.get(1), sql.get(1), AtomicType.STRING)
            : Literal.of(TupleSketchArguments.DEFAULT_MODE);
        bound.add(TupleSketchArguments.mode(pretty, mode, arguments.size() > 1 ? sql.get(1) : ""));
      }
      return new Call(name, bound, result, bound.get(0).nullable());
    }, named(name, moded ? 2 : 1, false));
  }

  /** Spark's name: the call with its omitted options' defaults ({@code 12}, {@code sum}). */
  private static FunctionDefinition.Namer named(String name, int count, boolean sized) {
    return (names, distinct) -> {
      List<String> all = new ArrayList<>(names);
      while (all.size() < count) {
        boolean sizePosition = sized && all.size() == count - 2;
        all.add(sizePosition ? Integer.toString(TupleSketchArguments.DEFAULT_LG_NOM_ENTRIES)
            : TupleSketchArguments.DEFAULT_MODE);
      }
      return FunctionDefinition.prefix(name).name(all, distinct);
    };
  }
}
