package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spark's checks of the Tuple sketch functions' options (its SketchSize and SummaryAggregateMode traits, at
 * analysis): {@code lgNomEntries} and {@code mode} must be constant and not NULL, the size between 4 and 26, the
 * mode one of sum, min, max, alwaysone (in any case). The aggregates take their arguments with Spark's implicit
 * casts (ImplicitCastInputTypes); the scalar functions take them as they are (ExpectsInputTypes).
 */
final class TupleSketchArguments {
  static final int DEFAULT_LG_NOM_ENTRIES = 12;
  static final String DEFAULT_MODE = "sum";
  private static final int MIN_LG_NOM_ENTRIES = 4;
  private static final int MAX_LG_NOM_ENTRIES = 26;
  private static final List<String> MODES = List.of("sum", "min", "max", "alwaysone");

  private TupleSketchArguments() {
  }

  /** An aggregate's argument implicitly cast to {@code target} (numbers, strings and NULL cast; others fail). */
  static BoundExpression implicit(String pretty, int index, BoundExpression argument, String sql, DataType target) {
    DataType type = argument.dataType();
    if (type.equals(target)) {
      return argument;
    }
    boolean castable = type == AtomicType.NULL || type == AtomicType.STRING
        || type instanceof AtomicType atomic && atomic.numeric() || type instanceof DecimalType;
    if (!castable) {
      throw InputChecks.unexpectedType(pretty, index, InputChecks.unquoted(sql), type,
          SparkErrors.toSqlType(target));
    }
    return TypeCoercion.castTo(argument, target);
  }

  /** A scalar function's argument of exactly {@code target} (NULL, byte and short as DataSketchesFunctions take them). */
  static BoundExpression exact(String pretty, int index, BoundExpression argument, String sql, DataType target) {
    return DataSketchesFunctions.coerce(pretty, index, argument, sql, List.of(target));
  }

  /** The checked size, as a literal. */
  static Literal lgNomEntries(String pretty, BoundExpression argument, String sql) {
    Object value = constant(pretty, "lgNomEntries", "int", argument, sql);
    int number;
    if (value instanceof Number numeric) {
      number = numeric.intValue();
    } else {
      try {
        number = Integer.parseInt(value.toString().trim());
      } catch (NumberFormatException e) {
        throw SparkErrors.castInvalidInput(value.toString(), "STRING", "INT");
      }
    }
    if (number < MIN_LG_NOM_ENTRIES || number > MAX_LG_NOM_ENTRIES) {
      throw failure(pretty, "[SKETCH_INVALID_LG_NOM_ENTRIES] Invalid call to `" + function(pretty) + "`; the "
          + "`lgNomEntries` value must be between " + MIN_LG_NOM_ENTRIES + " and " + MAX_LG_NOM_ENTRIES
          + ", inclusive: " + number + ". SQLSTATE: 22003");
    }
    return Literal.of(number);
  }

  /** The checked mode, as a literal. */
  static Literal mode(String pretty, BoundExpression argument, String sql) {
    String mode = constant(pretty, "mode", "string", argument, sql).toString();
    if (!MODES.contains(mode.toLowerCase(Locale.ROOT))) {
      throw failure(pretty, "[TUPLE_INVALID_SKETCH_MODE] Invalid call to `" + function(pretty) + "`: mode '" + mode
          + "' is not supported. Valid modes are: " + String.join(", ", MODES) + ". SQLSTATE: 22023");
    }
    return Literal.of(mode);
  }

  private static Object constant(String pretty, String name, String type, BoundExpression argument, String sql) {
    Object value = ConstantArguments.value(argument).orElseThrow(() -> SparkErrors.dataTypeMismatch(
        "NON_FOLDABLE_INPUT", "\"" + pretty + "\"", "the input " + name + " should be a foldable " + type
            + " expression; however, got " + sql + ".", Map.of("inputName", name, "inputType", type,
            "inputExpr", sql)));
    if (value == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(pretty, name);
    }
    return value;
  }

  private static RuntimeException failure(String pretty, String message) {
    return SparkErrors.dataTypeMismatch("TYPE_CHECK_FAILURE_WITH_HINT", "\"" + pretty + "\"", message,
        Map.of("msg", message, "hint", ""));
  }

  private static String function(String pretty) {
    return pretty.substring(0, pretty.indexOf('('));
  }
}
