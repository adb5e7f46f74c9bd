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

/**
 * {@code percentile_approx(x, percentage(s)[, accuracy])} and its alias {@code approx_percentile}
 * (named as called; Spark names the default accuracy 10000). The result has the input's type (an array
 * of them for an array of percentages). The resolved call {@code percentile_approx} takes the value and
 * one constant double per percentage; its type tells whether the result is an array.
 */
final class ApproximatePercentileFunctions {
  static final String DEFAULT_ACCURACY = "10000";

  private static final String VALUE_TYPES = "(\"NUMERIC\" or \"DATE\" or \"TIMESTAMP\" or \"TIMESTAMP_NTZ\" or "
      + "\"INTERVAL YEAR TO MONTH\" or \"INTERVAL DAY TO SECOND\")";

  private ApproximatePercentileFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(definition("percentile_approx"), definition("approx_percentile"));
  }

  private static FunctionDefinition definition(String name) {
    return new FunctionDefinition(name, 2, 3, true, ApproximatePercentileFunctions::bind,
        (names, distinct) -> prefix(name).name(PercentileFunctions.withDefault(names, 3, DEFAULT_ACCURACY), distinct));
  }

  private static BoundExpression bind(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression value = arguments.get(0);
    DataType type = value.dataType();
    if (type == AtomicType.STRING || type == AtomicType.NULL) {
      value = TypeCoercion.castTo(value, AtomicType.DOUBLE);
    } else if (!type.isNumeric() && !type.isAnsiInterval() && type != AtomicType.DATE
        && type != AtomicType.TIMESTAMP && type != AtomicType.TIMESTAMP_NTZ) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, VALUE_TYPES);
    }
    BoundExpression percentage = arguments.get(1);
    PercentileFunctions.requirePercentageType(pretty, percentage, sql.get(1));
    if (arguments.size() > 2) {
      checkAccuracy(pretty, arguments.get(2), sql.get(2), percentage, sql.get(1));
    }
    List<Double> percentages = PercentileFunctions.percentages(pretty, percentage, sql.get(1), "[0.0, 1.0]");
    List<BoundExpression> callArguments = new ArrayList<>();
    callArguments.add(value);
    percentages.forEach(each -> callArguments.add(new Literal(each, AtomicType.DOUBLE)));
    boolean array = percentage.dataType() instanceof ArrayType;
    return new Call("percentile_approx", callArguments,
        array ? new ArrayType(value.dataType(), false) : value.dataType(), true);
  }

  /** An integral constant in (0, Int.MaxValue]; Spark checks the percentage is constant first. */
  private static void checkAccuracy(String pretty, BoundExpression accuracy, String accuracySql,
      BoundExpression percentage, String percentageSql) {
    DataType type = accuracy.dataType();
    if (!(type instanceof AtomicType atomic && atomic.integral()) && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 2, accuracySql, type, "\"INTEGRAL\"");
    }
    if (ConstantArguments.value(percentage).isEmpty()) {
      throw ConstantArguments.nonFoldable(pretty, "percentage", percentage.dataType(), percentageSql);
    }
    Object value = ConstantArguments.value(accuracy)
        .orElseThrow(() -> ConstantArguments.nonFoldable(pretty, "accuracy", AtomicType.INTEGER, accuracySql));
    if (value == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(pretty, "accuracy");
    }
    long number = ((Number) value).longValue();
    if (number <= 0 || number > Integer.MAX_VALUE) {
      throw ConstantArguments.outOfRange(pretty, "accuracy", "(0, " + Integer.MAX_VALUE + "]", number + "L");
    }
  }
}
