package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.math.BigInteger;
import java.util.Optional;

/**
 * An integer cast to binary, which Spark allows without ANSI: the value's bytes, big-endian, as many as its type has
 * (two's complement: {@code CAST(-123Y AS BINARY)} is {@code X'85'}).
 */
final class IntegralBinaryCasts {
  private IntegralBinaryCasts() {
  }

  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to) {
    if (to != AtomicType.BINARY || !(from instanceof AtomicType atomic && atomic.integral())) {
      return Optional.empty();
    }
    int bytes = switch (atomic) {
      case BYTE -> 1;
      case SHORT -> 2;
      case INTEGER -> 4;
      default -> 8;
    };
    SqlExpression modulus = cast(new SqlLiteral(BigInteger.ONE.shiftLeft(8 * bytes).toString(), AtomicType.STRING),
        "HUGEINT");
    SqlExpression unsigned = infix("%", infix("+", cast(operand, "HUGEINT"), modulus), modulus);
    return Optional.of(call("unhex", call("lpad", call("to_hex", unsigned), DatetimeSql.number(2 * bytes),
        DatetimeSql.text("0"))));
  }
}
