package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The two hashes spark-sketch derives from an item before scattering it: Murmur3 x86_32 from seed 0,
 * then again seeded with the first. Integral items are hashed as longs, strings by their UTF-8 bytes,
 * binaries by their bytes; both hashes reach the body as signed 32-bit values (BIGINTs).
 */
final class SketchHashing {
  private static final long TWO_31 = 1L << 31;
  private static final long TWO_32 = 1L << 32;

  private SketchHashing() {
  }

  static boolean hashesBytes(DataType type) {
    return type == AtomicType.STRING || type == AtomicType.BINARY;
  }

  /** {@code body(h1, h2)} for the item {@code value} of Spark type {@code type}. */
  static SqlExpression withHashes(DataType type, SqlExpression value, BinaryOperator<SqlExpression> body) {
    SparkHashSql.Algorithm murmur3 = Murmur3Sql.algorithm();
    if (type == AtomicType.STRING) {
      return SqlLet.bind(SqlCall.of("encode", value), bytes -> pair(seed -> murmur3.hashBytes(bytes, seed), body));
    }
    if (type == AtomicType.BINARY) {
      return SqlLet.bind(value, bytes -> pair(seed -> murmur3.hashBytes(bytes, seed), body));
    }
    return SqlLet.bind(new SqlCast(value, "BIGINT", false), item -> pair(seed -> murmur3.hashLong(item, seed), body));
  }

  private static SqlExpression pair(UnaryOperator<SqlExpression> hash, BinaryOperator<SqlExpression> body) {
    return SqlLet.bind(hash.apply(number(0)), first -> SqlLet.bind(hash.apply(first), second ->
        body.apply(wrap32(first), wrap32(second))));
  }

  /** Java's int overflow (an unsigned word read as an int too): a BIGINT wrapped into [-2^31, 2^31). */
  static SqlExpression wrap32(SqlExpression value) {
    return SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+", SqlOperator.infix("%", value,
        number(TWO_32)), number(TWO_32 + TWO_31)), number(TWO_32)), number(TWO_31));
  }
}
