package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.engine.functions.NumberFormat;
import dev.ember.plan.errors.FunctionErrors;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Map;

/**
 * to_number / try_to_number (text read by a literal number format, a decimal of the format's
 * precision and scale) and the number form of to_char / to_varchar (a decimal written by one).
 * {@link ToCharacter} sends datetimes and binaries of to_char elsewhere.
 */
final class NumberFormatFunctions {
  private NumberFormatFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(toNumber("to_number", false), toNumber("try_to_number", true),
        toChar("to_char"), toChar("to_varchar"));
  }

  private static FunctionDefinition toNumber(String name, boolean lenient) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression text = InputChecks.stringOrBytes(pretty, arguments, sql, 0);
      NumberFormat format = format(pretty, arguments, sql);
      if (format.precision() > DecimalType.MAX_PRECISION) {
        throw SparkErrors.decimalPrecisionExceedsMax(format.precision());
      }
      return new Call("to_number", List.of(text, Literal.of(((String) ((Literal) formatArgument(arguments)).value())),
          Literal.of(!lenient)), new DecimalType(format.precision(), format.scale()), lenient || text.nullable());
    }, prefix(name));
  }

  private static FunctionDefinition toChar(String name) {
    return new FunctionDefinition(name, 2, 2, false, (pretty, arguments, sql) -> {
      BoundExpression number = decimalInput(pretty, arguments, sql);
      format(pretty, arguments, sql);
      return new Call("to_char", List.of(number, formatArgument(arguments)), AtomicType.STRING, number.nullable());
    }, prefix("to_char"));
  }

  /** Numbers as decimals (Spark's DecimalType.forType), strings as decimal(38,18). */
  private static BoundExpression decimalInput(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression input = arguments.get(0);
    DataType type = input.dataType();
    if (type instanceof DecimalType) {
      return input;
    }
    if (type instanceof AtomicType atomic && atomic.integral()) {
      return TypeCoercion.castTo(input, DecimalType.forIntegral(atomic));
    }
    if (type == AtomicType.FLOAT || type == AtomicType.DOUBLE) {
      return TypeCoercion.castTo(input, type == AtomicType.FLOAT ? new DecimalType(14, 7) : new DecimalType(30, 15));
    }
    if (type == AtomicType.STRING || type == AtomicType.NULL) {
      return TypeCoercion.castTo(input, DecimalType.SYSTEM_DEFAULT);
    }
    throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"DECIMAL\"");
  }

  private static BoundExpression formatArgument(List<BoundExpression> arguments) {
    return TypeCoercion.castTo(arguments.get(1), AtomicType.STRING);
  }

  /** The literal format, checked as Spark checks it. */
  private static NumberFormat format(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression argument = InputChecks.string(pretty, arguments, sql, 1);
    if (!(argument instanceof Literal literal)) {
      throw nonFoldable(pretty, arguments.get(1), sql.get(1));
    }
    if (literal.value() == null) {
      throw SparkErrors.unsupportedCall(pretty, "Ember", "the format is NULL");
    }
    NumberFormat format = new NumberFormat((String) literal.value());
    format.problem().ifPresent(problem -> {
      throw FunctionErrors.invalidNumberFormat(problem.subCondition(), format.text(), problem.token());
    });
    return format;
  }

  /** DATATYPE_MISMATCH.NON_FOLDABLE_INPUT, naming the input as Spark's prettyName does. */
  static RuntimeException nonFoldable(String pretty, BoundExpression input, String inputSql) {
    String inputName = input instanceof ColumnReference ? "attributereference"
        : input instanceof Call call ? call.function() : input instanceof dev.ember.plan.resolved.BoundCast ? "cast"
        : "expression";
    return SparkErrors.dataTypeMismatch("NON_FOLDABLE_INPUT", "\"" + pretty + "\"",
        "the input " + SparkErrors.toSqlId(inputName) + " should be a foldable \"STRING\" expression; however, got \""
            + inputSql + "\".",
        Map.of("inputName", SparkErrors.toSqlId(inputName), "inputType", "\"STRING\"",
            "inputExpr", "\"" + inputSql + "\""));
  }
}
