package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * bin, hex and unhex: numbers as bigints in base 2 or 16, strings and binaries as hex digits of their
 * bytes; conv between any two bases (its last argument says whether overflow fails, as under ANSI).
 */
final class RadixFunctions {
  private RadixFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("bin", 1, 1, false,
            (pretty, arguments, sql) -> digits("bin", asLong(pretty, arguments, sql, "\"BIGINT\"")), prefix("bin")),
        new FunctionDefinition("hex", 1, 1, false,
            (pretty, arguments, sql) -> digits("hex", hexInput(pretty, arguments, sql)), prefix("hex")),
        new FunctionDefinition("unhex", 1, 1, false,
            (pretty, arguments, sql) -> new Call("unhex", List.of(InputChecks.string(pretty, arguments, sql, 0)),
                AtomicType.BINARY, true),
            prefix("unhex")),
        new FunctionDefinition("conv", 3, 3, false, (pretty, arguments, sql) -> new Call("conv", List.of(
            InputChecks.stringOrBytes(pretty, arguments, sql, 0), base(pretty, arguments, sql, 1), base(pretty, arguments, sql, 2),
            Literal.of(true)), AtomicType.STRING, true), prefix("conv")));
  }

  /** A base: numbers (fractions truncated) and strings are cast to int. */
  private static BoundExpression base(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    DataType type = arguments.get(index).dataType();
    if (type.isNumeric() || type == AtomicType.STRING || type == AtomicType.NULL) {
      return TypeCoercion.castTo(arguments.get(index), AtomicType.INTEGER);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"INT\"");
  }

  private static BoundExpression digits(String function, BoundExpression input) {
    return new Call(function, List.of(input), AtomicType.STRING, input.nullable());
  }

  /** hex takes a bigint, a binary or a string (bytes of its UTF-8 text). */
  private static BoundExpression hexInput(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(0).dataType();
    if (type == AtomicType.STRING || type == AtomicType.BINARY) {
      return arguments.get(0);
    }
    return asLong(pretty, arguments, sql, "(\"BIGINT\" or \"BINARY\" or \"STRING\")");
  }

  /** Numbers and strings are cast to bigint (fractions truncated), as Spark's implicit cast to LongType. */
  private static BoundExpression asLong(String pretty, List<BoundExpression> arguments, List<String> sql,
      String requiredType) {
    BoundExpression input = arguments.get(0);
    DataType type = input.dataType();
    if (type.isNumeric() || type == AtomicType.STRING || type == AtomicType.NULL) {
      return TypeCoercion.castTo(input, AtomicType.LONG);
    }
    throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, requiredType);
  }
}
