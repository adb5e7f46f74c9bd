package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Functions that build a new array: sequence, array_repeat and shuffle. */
final class ArrayBuildingFunctions {
  private static final String DATETIME_TYPES = "(\"TIMESTAMP\" or \"TIMESTAMP_NTZ\" or \"DATE\")";
  private static final String INTERVAL_TYPES =
      "(\"INTERVAL\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL DAY TO SECOND\")";

  private ArrayBuildingFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("sequence", 2, 3, false, ArrayBuildingFunctions::sequence, prefix("sequence")),
        new FunctionDefinition("array_repeat", 2, 2, false, ArrayBuildingFunctions::arrayRepeat,
            prefix("array_repeat")),
        new FunctionDefinition("shuffle", 1, 2, false,
            // the client sends a random seed: the same plan shuffles the same way when run again, as in Spark
            (pretty, arguments, sql) -> new Call("shuffle", arguments,
                ComplexTypeCoercion.array(pretty, arguments, sql, 0), arguments.get(0).nullable()),
            (names, distinct) -> "shuffle(" + names.get(0) + ")"));
  }

  /**
   * sequence(start, stop[, step]) of integers (the wider type of the three) or of dates one day apart;
   * the step defaults to 1 or -1 towards stop.
   */
  private static BoundExpression sequence(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType start = arguments.get(0).dataType();
    if ((start == AtomicType.DATE || start == AtomicType.TIMESTAMP || start == AtomicType.TIMESTAMP_NTZ)
        && arguments.size() == 2) {
      BoundExpression stop = TypeCoercion.castTo(arguments.get(1), start);
      return new Call("sequence", List.of(arguments.get(0), stop), new ArrayType(start, false),
          ComplexTypeCoercion.anyNullable(arguments));
    }
    Optional<DataType> common = ComplexTypeCoercion.widerType(InputChecks.types(arguments));
    if (common.isEmpty() || !(common.get() instanceof AtomicType atomic && atomic.integral())) {
      throw SparkErrors.dataTypeMismatch("SEQUENCE_WRONG_INPUT_TYPES", "\"" + pretty + "\"",
          "`sequence` uses the wrong parameter type. The parameter type must conform to:\n"
              + "1. The start and stop expressions must resolve to the same type.\n"
              + "2. If start and stop expressions resolve to the " + DATETIME_TYPES + " type, then the step "
              + "expression must resolve to the " + INTERVAL_TYPES + " type.\n"
              + "3. Otherwise, if start and stop expressions resolve to the \"INTEGRAL\" type, then the step "
              + "expression must resolve to the same type.",
          Map.of("functionName", "`sequence`", "startType", DATETIME_TYPES, "stepType", INTERVAL_TYPES,
              "otherStartType", "\"INTEGRAL\""));
    }
    return new Call("sequence", ComplexTypeCoercion.castAll(arguments, common.get()),
        new ArrayType(common.get(), false), ComplexTypeCoercion.anyNullable(arguments));
  }

  /** array_repeat(element, count): count an INT (narrower integers widen); a negative count gives []. */
  private static BoundExpression arrayRepeat(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression element = arguments.get(0);
    return new Call("array_repeat", List.of(element, InputChecks.strictInteger(pretty, arguments, sql, 1)),
        new ArrayType(element.dataType(), element.nullable()), arguments.get(1).nullable());
  }
}
