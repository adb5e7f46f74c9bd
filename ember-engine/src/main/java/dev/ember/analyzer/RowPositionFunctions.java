package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;

/**
 * Functions of a row's position in its input: {@code rand}, {@code randn} and {@code uniform} (seeded draws),
 * {@code monotonically_increasing_id} and {@code spark_partition_id}. Ember runs a plan as one
 * partition: the id is the row's ordinal from 0, the partition id 0, and a draw is Spark's draw of the row at that
 * ordinal of one partition (Spark's own values over several partitions depend on how its input is partitioned).
 */
final class RowPositionFunctions {
  /** The position-dependent functions, by the name of their resolved call. */
  static final List<String> CALLS = dev.ember.plan.resolved.RowPositionCalls.NAMES;

  private RowPositionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        draw("rand", "rand"),
        draw("random", "rand"),  // Spark names it rand, as its alias
        draw("randn", "randn"),
        new FunctionDefinition("uniform", 2, 3, false, RowPositionFunctions::uniform, prefix("uniform")),
        new FunctionDefinition("monotonically_increasing_id", 0, 0, false,
            (pretty, arguments, sql) -> new Call("monotonically_increasing_id", List.of(), AtomicType.LONG, false),
            prefix("monotonically_increasing_id")),
        // zipWithIndex: consecutive ids from 0 in the input's order (Spark's internal function)
        new FunctionDefinition("distributed_sequence_id", 0, 0, false,
            (pretty, arguments, sql) -> new Call("distributed_sequence_id", List.of(), AtomicType.LONG, false),
            prefix("distributed_sequence_id")),
        new FunctionDefinition("spark_partition_id", 0, 0, false,
            (pretty, arguments, sql) -> new Call("spark_partition_id", List.of(), AtomicType.INTEGER, false),
            prefix("SPARK_PARTITION_ID")));
  }

  /** rand([seed]) / randn([seed]): the seed a constant INT or BIGINT (NULL is 0), the result a non-null double. */
  private static FunctionDefinition draw(String name, String call) {
    return new FunctionDefinition(name, 0, 1, false, (pretty, arguments, sql) -> {
      long seed = arguments.isEmpty() ? 0L : seed(pretty, arguments.get(0), sql.get(0));
      return new Call(call, List.of(Literal.of(seed)), AtomicType.DOUBLE, false);
    }, prefix(call));
  }

  /**
   * uniform(min, max, seed): a seeded draw scaled to [min, max), of the type Spark gives: a NULL bound makes it a
   * double; integral bounds an integer of their wider type (truncated toward zero, as Spark's cast); else a
   * double, float or decimal bound's type. Spark's values over one partition.
   */
  private static BoundExpression uniform(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> bounds = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      DataType boundType = arguments.get(i).dataType();
      if (!boundType.isNumeric() && boundType != AtomicType.NULL) {
        throw InputChecks.unexpectedType(pretty, i, sql.get(i), boundType, "\"NUMERIC\"");
      }
      requireFoldable(pretty, arguments.get(i), i == 0 ? "min" : "max", sql.get(i));
      bounds.add(InputChecks.fractional(pretty, arguments, sql, i));
    }
    DataType type = uniformType(arguments.get(0).dataType(), arguments.get(1).dataType());
    if (arguments.size() == 3) {
      requireFoldable(pretty, arguments.get(2), "seed", sql.get(2));
    }
    // without a seed, Spark draws one
    long seed = arguments.size() == 2 ? new java.util.Random().nextLong() : seed(pretty, arguments.get(2), sql.get(2));
    // Spark's own draw (XORShiftRandom), so that the values equal Spark's over one partition
    bounds.add(new Call("spark_rand", List.of(Literal.of(seed)), AtomicType.DOUBLE, false));
    return new Call("uniform", bounds, type, false);
  }

  /** uniform's bounds and seed are foldable numbers: else NON_FOLDABLE_INPUT, as Spark checks them first. */
  private static void requireFoldable(String pretty, BoundExpression argument, String input, String argumentSql) {
    if (ConstantArguments.value(argument).isEmpty()) {
      throw ConstantArguments.nonFoldable(pretty, input, "integer or floating-point", argumentSql);
    }
  }

  /** Spark's Uniform.dataType. */
  private static DataType uniformType(DataType first, DataType second) {
    if (first == AtomicType.NULL || second == AtomicType.NULL) {
      return AtomicType.DOUBLE;
    }
    if (integral(first) && integral(second)) {
      return TypeCoercion.commonType(first, second).orElseThrow();
    }
    if (first == AtomicType.DOUBLE || second == AtomicType.DOUBLE) {
      return AtomicType.DOUBLE;
    }
    if (first == AtomicType.FLOAT || second == AtomicType.FLOAT) {
      return AtomicType.FLOAT;
    }
    return second instanceof dev.ember.plan.types.DecimalType ? second : first;
  }

  private static boolean integral(DataType type) {
    return type instanceof AtomicType atomic && atomic.integral();
  }

  private static long seed(String pretty, BoundExpression argument, String argumentSql) {
    if (argument.dataType() != AtomicType.INTEGER && argument.dataType() != AtomicType.LONG
        && argument.dataType() != AtomicType.NULL) {
      // Spark names the seed here as its column name: a string literal without quotes
      String seedName = argument instanceof Literal literal && literal.value() instanceof String text ? text : argumentSql;
      throw InputChecks.unexpectedType(pretty, 0, seedName, argument.dataType(), "(\"INT\" or \"BIGINT\")");
    }
    java.util.Optional<Object> value = ConstantArguments.value(argument);
    if (value.isEmpty()) {
      throw new EmberException(ErrorKind.ANALYSIS, "SEED_EXPRESSION_IS_UNFOLDABLE", "42K08",
          "The seed expression \"" + argumentSql + "\" of the expression \"" + pretty + "\" must be foldable.",
          Map.of("seedExpr", "\"" + argumentSql + "\"", "exprWithSeed", "\"" + pretty + "\""));
    }
    return value.get() instanceof Number number ? number.longValue() : 0L;
  }
}
