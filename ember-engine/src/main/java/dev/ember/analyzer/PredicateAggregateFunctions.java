package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Set;

/**
 * Aggregates of conditions and bits: count_if, bool_and (every), bool_or (some, any), bit_and,
 * bit_or, bit_xor, and max_by / min_by (the value at the row with the largest / smallest key, or an array of the
 * values at the k rows with the largest / smallest keys in that order; rows whose key is NULL are skipped).
 */
final class PredicateAggregateFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("count_if", "bool_and", "bool_or", "bit_and", "bit_or", "bit_xor",
      "max_by", "min_by");

  private static final int MAX_K = 100_000;

  private PredicateAggregateFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("count_if", 1, 1, true, (pretty, arguments, sql) -> new Call("count_if",
            List.of(condition(pretty, arguments, sql, false)), AtomicType.LONG, false), prefix("count_if")),
        logical("bool_and", "bool_and"),
        logical("every", "bool_and"),
        logical("bool_or", "bool_or"),
        logical("some", "bool_or"),
        logical("any", "bool_or"),
        bitwise("bit_and"),
        bitwise("bit_or"),
        bitwise("bit_xor"),
        extremeBy("max_by"),
        extremeBy("min_by"));
  }

  private static FunctionDefinition logical(String name, String function) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> new Call(function,
        List.of(condition(pretty, arguments, sql, true)), AtomicType.BOOLEAN, true), prefix(name));
  }

  private static FunctionDefinition bitwise(String name) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> {
      DataType type = arguments.get(0).dataType();
      if (!(type instanceof AtomicType atomic && atomic.integral()) && type != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"INTEGRAL\"");
      }
      return new Call(name, arguments, type == AtomicType.NULL ? AtomicType.INTEGER : type, true);
    }, prefix(name));
  }

  /** max_by / min_by, and with a third argument k the values of the k rows with the largest / smallest keys. */
  private static FunctionDefinition extremeBy(String name) {
    return new FunctionDefinition(name, 2, 3, true, (pretty, arguments, sql) -> arguments.size() == 3
        ? new Call(name, List.of(arguments.get(0), arguments.get(1), count(pretty, arguments.get(2), sql.get(2))),
            new ArrayType(arguments.get(0).dataType(), true), true)
        : new Call(name, arguments, arguments.get(0).dataType(), true), prefix(name));
  }

  /** Spark's k of max_by / min_by: a foldable integer from 1 to 100000. */
  private static BoundExpression count(String pretty, BoundExpression argument, String sql) {
    DataType type = argument.dataType();
    if (!(type instanceof AtomicType atomic && atomic.integral())) {
      throw InputChecks.unexpectedType(pretty, 2, sql, type, "\"INT\"");
    }
    Object value = ConstantArguments.value(argument)
        .orElseThrow(() -> ConstantArguments.nonFoldable(pretty, "k", type, sql));
    if (value == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(pretty, "`k`");
    }
    long k = ((Number) value).longValue();
    if (k < 1 || k > MAX_K) {
      throw ConstantArguments.outOfRange(pretty, "`k`", "[1, " + MAX_K + "]", Long.toString(k));
    }
    return Literal.of((int) k);
  }

  /** A boolean argument (NULL is a boolean NULL; a string is cast where Spark casts it); anything else is refused. */
  private static BoundExpression condition(String pretty, List<BoundExpression> arguments, List<String> sql,
      boolean stringCast) {
    DataType type = arguments.get(0).dataType();
    if (type != AtomicType.BOOLEAN && type != AtomicType.NULL && !(stringCast && type == AtomicType.STRING)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"BOOLEAN\"");
    }
    return TypeCoercion.castTo(arguments.get(0), AtomicType.BOOLEAN);
  }
}
