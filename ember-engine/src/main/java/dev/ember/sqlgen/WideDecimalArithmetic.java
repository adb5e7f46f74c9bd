package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.List;
import java.util.function.Function;

/**
 * Decimal {@code + - * /} whose exact result may need more than 38 digits, where Spark's Decimal still computes it
 * exactly and rounds it to the result's scale (or fails naming the value, NUMERIC_VALUE_OUT_OF_RANGE; NULL without
 * ANSI). DuckDB computes the row as today, under {@code try()}; only a row it cannot compute (its 38 digits
 * overflowed, or the result does not fit Spark's type) is computed again by Spark's rules in Java
 * ({@code ember_decimal_arithmetic}), which gives the value or raises Spark's error. A product whose scale DuckDB
 * cannot hold (more than 38 places) and a quotient the 128-bit division cannot take are computed in Java alone.
 */
final class WideDecimalArithmetic {
  private static final int MAX_DIGITS = DecimalType.MAX_PRECISION;
  private static final String FUNCTION = "ember_decimal_arithmetic";

  private WideDecimalArithmetic() {
  }

  /**
   * Whether {@code function} of the call's decimal operands may need more than 38 digits: Spark's result type had to
   * be narrowed to 38 (the rows may overflow, or be rounded), or DuckDB's product may pass 38.
   */
  static boolean applies(Call call, String function) {
    if (!(call.dataType() instanceof DecimalType result) || call.arguments().size() != 2
        || !(call.argument(0).dataType() instanceof DecimalType a)
        || !(call.argument(1).dataType() instanceof DecimalType b)) {
      return false;
    }
    return switch (function) {
      case "add", "subtract" -> Math.max(a.scale(), b.scale())
          + Math.max(a.precision() - a.scale(), b.precision() - b.scale()) + 1 > MAX_DIGITS;
      case "multiply" -> a.precision() + b.precision() + 1 > MAX_DIGITS;
      case "divide" -> result.precision() == MAX_DIGITS;
      default -> false;
    };
  }

  /** Whether DuckDB cannot compute the call at all (a product of more than 38 places). */
  static boolean javaOnly(Call call, String function) {
    return function.equals("multiply") && call.argument(0).dataType() instanceof DecimalType a
        && call.argument(1).dataType() instanceof DecimalType b && a.scale() + b.scale() > MAX_DIGITS;
  }

  /**
   * {@code native} (DuckDB's computation, already cast to the result type) where it succeeds, else Spark's
   * computation in Java; {@code ansi} chooses between the error and NULL for a value beyond the result type.
   */
  static SqlExpression guarded(Call call, String function, List<SqlExpression> args,
      Function<List<SqlExpression>, SqlExpression> nativeComputation, boolean ansi) {
    return bound(args.get(0), a -> bound(args.get(1), b -> SqlCall.of("coalesce",
        SqlCall.of("try", nativeComputation.apply(List.of(a, b))), inJava(call, function, a, b, ansi))));
  }

  /**
   * An operand used twice: a column or constant (also cast) is repeated, DuckDB reading it again only for the rows
   * Java computes; anything else is bound once ({@link SqlLet}), so that nested arithmetic does not grow.
   */
  private static SqlExpression bound(SqlExpression operand, Function<SqlExpression, SqlExpression> body) {
    SqlExpression inner = operand instanceof SqlCast cast ? cast.operand() : operand;
    return inner instanceof dev.ember.sqlgen.tree.SqlColumn || inner instanceof SqlLiteral ? body.apply(operand)
        : SqlLet.bind(operand, body::apply);
  }

  /** Spark's computation of every row in Java. */
  static SqlExpression inJava(Call call, String function, SqlExpression a, SqlExpression b, boolean ansi) {
    DecimalType result = (DecimalType) call.dataType();
    return new SqlCast(SqlCall.of(FUNCTION, new SqlLiteral(function, AtomicType.STRING),
        new SqlCast(a, "VARCHAR", false), new SqlCast(b, "VARCHAR", false),
        new SqlLiteral(result.precision(), AtomicType.INTEGER), new SqlLiteral(result.scale(), AtomicType.INTEGER),
        new SqlLiteral(ansi, AtomicType.BOOLEAN)), DuckDbTypes.of(result), false);
  }
}
