package dev.ember.analyzer;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CollatedStringType;
import dev.ember.plan.types.Collations;
import java.util.List;

/**
 * {@code expr COLLATE name} and {@code collate(expr, name)}: the string with the collation named (Spark's normalised
 * name, COLLATION_INVALID_NAME for a name Spark does not know), held explicitly; {@code collation(expr)}: the fully
 * qualified name of its collation ({@code SYSTEM.BUILTIN.UTF8_LCASE}).
 */
final class CollateFunction {
  /** The resolved call: its argument under the collation of its type (DuckDB sees the argument itself). */
  static final String CALL = "collate";

  private CollateFunction() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("collate", 2, 2, false, (pretty, arguments, sql) -> {
          BoundExpression input = arguments.get(0);
          if (!(arguments.get(1) instanceof Literal name) || !(name.value() instanceof String text)) {
            throw InputChecks.unexpectedType(pretty, 1, sql.get(1), arguments.get(1).dataType(), "\"STRING\"");
          }
          CollatedStringType type = new CollatedStringType(SparkCollations.normalized(text));
          if (!Collations.isString(input.dataType()) && input.dataType() != AtomicType.NULL) {
            throw InputChecks.unexpectedType(pretty, 0, sql.get(0), input.dataType(), "\"STRING\"");
          }
          BoundExpression plain = input.dataType() == AtomicType.NULL ? TypeCoercion.castTo(input, AtomicType.STRING)
              : input;
          return new Call(CALL, List.of(plain), type, plain.nullable());
        }, FunctionDefinition.prefix("collate")),
        new FunctionDefinition("collation", 1, 1, false, (pretty, arguments, sql) -> {
          String collation = Collations.of(arguments.get(0).dataType());
          if (collation == null) {
            InputChecks.string(pretty, arguments, sql, 0);
            collation = Collations.UTF8_BINARY;
          }
          return Literal.of(SparkCollations.qualified(collation));
        }, FunctionDefinition.prefix("collation")));
  }

  /**
   * The arguments as the function sees them: each a plain string; the ordering keys of listagg WITHIN GROUP keep their
   * collation, which orders the values.
   */
  static List<BoundExpression> plain(String function, List<BoundExpression> arguments) {
    List<BoundExpression> plain = new java.util.ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      plain.add(i >= 2 && function.equals(WithinGroupFunctions.LISTAGG) ? arguments.get(i) : plain(arguments.get(i)));
    }
    return plain;
  }

  /** The argument as the function it is passed to sees it: its value, as the default {@code string}. */
  static BoundExpression plain(BoundExpression argument) {
    if (argument instanceof Call call && call.function().equals(CALL)) {
      return plain(call.argument(0));
    }
    if (argument instanceof BoundCast cast && CollationCoercion.collated(cast.dataType())
        && Collations.isString(cast.child().dataType())) {
      return plain(cast.child());
    }
    if (argument instanceof Literal literal && CollationCoercion.collated(literal.dataType())) {
      return new Literal(literal.value(), AtomicType.STRING);
    }
    if (CollationCoercion.collated(argument.dataType())) {
      return new BoundCast(argument, Collations.withoutCollation(argument.dataType()), false);
    }
    dev.ember.plan.types.DataType plain = Collations.withoutCollation(argument.dataType());
    if (!plain.equals(argument.dataType())) {
      return new BoundCast(argument, plain, false);
    }
    return argument;
  }
}
