package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a group's values: {@code mode(x[, deterministic])}, its most frequent value (of the
 * input's type; Spark names the deterministic variant as the WITHIN GROUP call it stands for), and
 * {@code histogram_numeric(x, nb)}, Spark's streaming histogram of at most {@code nb} bins, an array of
 * (x, y) structs whose x has the input's type.
 */
final class DistributionFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("mode", "mode_deterministic", "mode_deterministic_desc",
      "histogram_numeric");

  private DistributionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("mode", 0, 2, true, DistributionFunctions::mode, new FunctionDefinition.Namer() {
          @Override
          public String name(List<String> argumentNames, boolean distinct) {
            return "mode(" + String.join(", ", argumentNames.subList(0, Math.min(1, argumentNames.size()))) + ")";
          }

          @Override
          public String name(List<String> argumentNames, List<BoundExpression> arguments, boolean distinct) {
            boolean deterministic = arguments.size() == 2 && arguments.get(1) instanceof Literal flag
                && Boolean.TRUE.equals(flag.value());
            return deterministic ? "mode() WITHIN GROUP (ORDER BY " + argumentNames.get(0) + " DESC)"
                : name(argumentNames, distinct);
          }
        }),
        new FunctionDefinition("histogram_numeric", 2, 2, true, DistributionFunctions::histogram,
            FunctionDefinition.prefix("histogram_numeric")));
  }

  /** Spark's ModeBuilder checks the flag: constant, not NULL, boolean. */
  private static BoundExpression mode(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (arguments.isEmpty()) {
      // mode() takes its value from WITHIN GROUP (ORDER BY ...)
      throw WithinGroupAggregates.withinGroupMissing("mode");
    }
    if (arguments.size() == 2) {
      BoundExpression flag = arguments.get(1);
      Object value = ConstantArguments.value(flag).orElseThrow(() -> SparkErrors.nonFoldableArgument("mode",
          "deterministic", "BOOLEAN"));
      if (value == ConstantArguments.NULL) {
        throw SparkErrors.dataTypeMismatch("UNEXPECTED_NULL", "\"" + sql.get(1) + "\"",
            "The `deterministic` must not be null.", Map.of("exprName", "`deterministic`"));
      }
      if (flag.dataType() != AtomicType.BOOLEAN) {
        throw new EmberException(ErrorKind.ANALYSIS, "UNEXPECTED_INPUT_TYPE", "42K09",
            "The second parameter of function `mode` requires the \"BOOLEAN\" type, however \"" + sql.get(1)
                + "\" has the type " + SparkErrors.toSqlType(flag.dataType()) + ".",
            Map.of("paramIndex", "second", "functionName", "`mode`", "requiredType", "\"BOOLEAN\"",
                "inputSql", "\"" + sql.get(1) + "\"", "inputType", SparkErrors.toSqlType(flag.dataType())));
      }
    }
    boolean deterministic = arguments.size() == 2 && Boolean.TRUE.equals(((Literal) arguments.get(1)).value());
    return new Call(deterministic ? "mode_deterministic" : "mode", List.of(arguments.get(0)),
        arguments.get(0).dataType(), true);
  }

  private static BoundExpression histogram(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression value = arguments.get(0);
    DataType type = value.dataType();
    if (type == AtomicType.STRING || type == AtomicType.NULL) {
      value = TypeCoercion.castTo(value, AtomicType.DOUBLE);
    } else if (!type.isNumeric() && !type.isAnsiInterval() && type != AtomicType.DATE && type != AtomicType.TIMESTAMP
        && type != AtomicType.TIMESTAMP_NTZ) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "(\"NUMERIC\" or \"DATE\" or \"TIMESTAMP\" or "
          + "\"TIMESTAMP_NTZ\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL DAY TO SECOND\")");
    }
    BoundExpression bins = arguments.get(1);
    if (bins.dataType() != AtomicType.INTEGER && bins.dataType() != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 1, sql.get(1), bins.dataType(), "\"INT\"");
    }
    Object count = ConstantArguments.value(bins)
        .orElseThrow(() -> ConstantArguments.nonFoldable(pretty, "nb", AtomicType.INTEGER, sql.get(1)));
    if (count == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(pretty, "nb");
    }
    int binCount = ((Number) count).intValue();
    if (binCount < 2) {
      throw ConstantArguments.outOfRange(pretty, "nb", "[2, " + Integer.MAX_VALUE + "]", Integer.toString(binCount));
    }
    DataType bin = new StructType(List.of(new StructField("x", value.dataType(), true),
        new StructField("y", AtomicType.DOUBLE, true)));
    return new Call("histogram_numeric", List.of(value, Literal.of(binCount)), new ArrayType(bin, true), true);
  }
}
