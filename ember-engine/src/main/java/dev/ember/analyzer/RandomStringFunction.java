package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/**
 * randstr(length[, seed]): a string of {@code length} letters and digits drawn from Spark's XORShiftRandom with
 * the seed (NULL is 0; a random one when omitted), row after row; the length a constant int (NULL gives ''),
 * the seed a constant INT or BIGINT. Never NULL.
 */
final class RandomStringFunction {
  private RandomStringFunction() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(new FunctionDefinition("randstr", 1, 2, false, RandomStringFunction::randstr, prefix("randstr")));
  }

  private static BoundExpression randstr(String pretty, List<BoundExpression> arguments, List<String> sql) {
    // a number of another type is cast to INT, as Spark's implicit cast does
    BoundExpression length = arguments.get(0).dataType().isNumeric() && arguments.get(0).dataType() != AtomicType.INTEGER
        ? TypeCoercion.castTo(arguments.get(0), AtomicType.INTEGER) : InputChecks.integer(pretty, arguments, sql, 0);
    if (!constant(arguments.get(0))) {
      throw ConstantArguments.nonFoldable(pretty, "length", "integer", sql.get(0));
    }
    long seed = new java.util.Random().nextLong();
    if (arguments.size() > 1) {
      BoundExpression seedArgument = arguments.get(1);
      if (seedArgument.dataType() != AtomicType.INTEGER && seedArgument.dataType() != AtomicType.LONG
          && seedArgument.dataType() != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, 1, sql.get(1), seedArgument.dataType(), "(\"INT\" or \"BIGINT\")");
      }
      if (!constant(seedArgument)) {
        throw ConstantArguments.nonFoldable(pretty, "seed", "integer", sql.get(1));
      }
      seed = seedArgument instanceof Literal literal && literal.value() instanceof Number number
          ? number.longValue() : 0L;
    }
    return new Call("randstr", List.of(Literal.of(seed), length), AtomicType.STRING, false);
  }

  private static boolean constant(BoundExpression expression) {
    return expression instanceof Literal || expression instanceof BoundCast cast && cast.child() instanceof Literal;
  }

}
