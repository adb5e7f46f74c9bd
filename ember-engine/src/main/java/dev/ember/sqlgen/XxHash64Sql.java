package dev.ember.sqlgen;

import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code xxhash64()} (XXH64, seed 42). 64-bit words are HUGEINTs in [0, 2^64); a product
 * is computed from the 32-bit halves of one factor so that it never leaves HUGEINT's range.
 */
final class XxHash64Sql implements SparkHashSql.Algorithm {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
  private static final SqlExpression P1 = unsigned(0x9E3779B185EBCA87L);
  private static final SqlExpression P2 = unsigned(0xC2B2AE3D27D4EB4FL);
  private static final SqlExpression P3 = unsigned(0x165667B19E3779F9L);
  private static final SqlExpression P4 = unsigned(0x85EBCA77C2B2AE63L);
  private static final SqlExpression P5 = unsigned(0x27D4EB2F165667C5L);
  private static final XxHash64Sql INSTANCE = new XxHash64Sql();

  private XxHash64Sql() {
  }

  static SqlExpression hash(List<DataType> types, List<SqlExpression> values) {
    SqlExpression hash = SparkHashSql.hash(INSTANCE, unsigned(42), types, values);
    SqlExpression offset = huge(BigInteger.ONE.shiftLeft(63));
    return new SqlCast(SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+", hash, offset),
        huge(TWO_64)), offset), "BIGINT", false);
  }

  @Override
  public SqlExpression hashInt(SqlExpression unsigned32, SqlExpression seed) {
    SqlExpression hash = add(add(seed, P5), unsigned(4));
    return fmix(mixInt(hash, unsigned32));
  }

  @Override
  public SqlExpression hashLong(SqlExpression signed64, SqlExpression seed) {
    SqlExpression word = SqlOperator.infix("%", SqlOperator.infix("+", new SqlCast(signed64, "HUGEINT", false),
        huge(TWO_64)), huge(TWO_64));
    return fmix(mixLong(add(add(seed, P5), unsigned(8)), word));
  }

  @Override
  public SqlExpression hashBytes(SqlExpression blob, SqlExpression seed) {
    return SqlLet.bind(SqlCall.of("hex", blob), hex -> SqlLet.bind(SqlCall.of("octet_length", blob), length -> {
      SqlExpression stripes = SqlOperator.infix("//", length, Murmur3Sql.number(32));
      SqlExpression hash = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">=", length, Murmur3Sql.number(32)),
          stripes(hex, stripes, seed))), add(seed, P5));
      hash = add(hash, new SqlCast(length, "HUGEINT", false));
      SqlExpression words = SqlOperator.infix("//", length, Murmur3Sql.number(8));
      hash = SqlCall.of("list_reduce", SqlCall.of("range", SqlOperator.infix("*", stripes, Murmur3Sql.number(4)),
          words), new SqlLambda(List.of("x#h", "x#w"), mixLong(new SqlColumn("x#h"),
          littleEndian(hex, SqlOperator.infix("*", new SqlColumn("x#w"), Murmur3Sql.number(8)), 8))), hash);
      SqlExpression intOffset = SqlOperator.infix("*", words, Murmur3Sql.number(8));
      SqlExpression hasInt = SqlOperator.infix(">=", SqlOperator.infix("%", length, Murmur3Sql.number(8)),
          Murmur3Sql.number(4));
      hash = SqlLet.bind(hash, h -> new SqlCase(List.of(new SqlCase.When(hasInt,
          mixInt(h, littleEndian(hex, intOffset, 4)))), h));
      SqlExpression tailStart = SqlOperator.infix("+", intOffset, new SqlCase(List.of(new SqlCase.When(hasInt,
          Murmur3Sql.number(4))), Murmur3Sql.number(0)));
      SqlExpression perByte = multiply(rotateLeft(xor(new SqlColumn("x#h"), multiply(new SqlCast(
          Murmur3Sql.byteAt(hex, new SqlColumn("x#b")), "HUGEINT", false), P5)), 11), P1);
      hash = SqlCall.of("list_reduce", SqlCall.of("range", tailStart, length),
          new SqlLambda(List.of("x#h", "x#b"), perByte), hash);
      return fmix(hash);
    }));
  }

  /** The 32-byte stripes with four accumulators, merged into the hash. */
  private static SqlExpression stripes(SqlExpression hex, SqlExpression count, SqlExpression seed) {
    List<SqlStruct.Field> initial = List.of(
        new SqlStruct.Field("v1", add(add(seed, P1), P2)), new SqlStruct.Field("v2", add(seed, P2)),
        new SqlStruct.Field("v3", new SqlCast(seed, "HUGEINT", false)),
        new SqlStruct.Field("v4", SqlOperator.infix("%", SqlOperator.infix("-", SqlOperator.infix("+", seed,
            huge(TWO_64)), P1), huge(TWO_64))));
    List<SqlStruct.Field> next = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      SqlExpression lane = SqlCall.of("struct_extract", new SqlColumn("x#acc"), new SqlLiteral("v" + (i + 1),
          dev.ember.plan.types.AtomicType.STRING));
      SqlExpression offset = SqlOperator.infix("+", SqlOperator.infix("*", new SqlColumn("x#s"), Murmur3Sql.number(32)),
          Murmur3Sql.number(8L * i));
      next.add(new SqlStruct.Field("v" + (i + 1), round(lane, littleEndian(hex, offset, 8))));
    }
    SqlExpression lanes = SqlCall.of("list_reduce", SqlCall.of("range", count),
        new SqlLambda(List.of("x#acc", "x#s"), new SqlStruct(next)), new SqlStruct(initial));
    return SqlLet.bind(lanes, v -> {
      SqlExpression hash = null;
      int[] rotations = {1, 7, 12, 18};
      for (int i = 0; i < 4; i++) {
        SqlExpression rotated = rotateLeft(lane(v, i), rotations[i]);
        hash = hash == null ? rotated : add(hash, rotated);
      }
      for (int i = 0; i < 4; i++) {
        SqlExpression merged = xor(hash, round(unsigned(0), lane(v, i)));
        hash = add(multiply(merged, P1), P4);
      }
      return hash;
    });
  }

  private static SqlExpression lane(SqlExpression lanes, int index) {
    return SqlCall.of("struct_extract", lanes, new SqlLiteral("v" + (index + 1), dev.ember.plan.types.AtomicType.STRING));
  }

  /** XXH64's round: (acc + input * P2) rotl 31, times P1. */
  private static SqlExpression round(SqlExpression accumulator, SqlExpression input) {
    return multiply(rotateLeft(add(accumulator, multiply(input, P2)), 31), P1);
  }

  private static SqlExpression mixLong(SqlExpression hash, SqlExpression word) {
    return add(multiply(rotateLeft(xor(hash, round(unsigned(0), word)), 27), P1), P4);
  }

  private static SqlExpression mixInt(SqlExpression hash, SqlExpression unsigned32) {
    return add(multiply(rotateLeft(xor(hash, multiply(new SqlCast(unsigned32, "HUGEINT", false), P1)), 23), P2), P3);
  }

  private static SqlExpression fmix(SqlExpression hash) {
    SqlExpression mixed = shiftXor(hash, 33);
    mixed = shiftXor(multiply(mixed, P2), 29);
    mixed = shiftXor(multiply(mixed, P3), 32);
    return mixed;
  }

  private static SqlExpression littleEndian(SqlExpression hex, SqlExpression offset, int bytes) {
    SqlExpression value = null;
    for (int i = 0; i < bytes; i++) {
      SqlExpression octet = SqlOperator.infix("<<", new SqlCast(Murmur3Sql.byteAt(hex,
          SqlOperator.infix("+", offset, Murmur3Sql.number(i))), "HUGEINT", false), Murmur3Sql.number(8L * i));
      value = value == null ? octet : SqlOperator.infix("|", value, octet);
    }
    return value;
  }

  private static SqlExpression shiftXor(SqlExpression value, int shift) {
    return SqlLet.bind(value, v -> xor(v, SqlOperator.infix(">>", v, Murmur3Sql.number(shift))));
  }

  private static SqlExpression rotateLeft(SqlExpression value, int bits) {
    return SqlLet.bind(value, v -> SqlOperator.infix("%", SqlOperator.infix("|", SqlOperator.infix("<<", v,
        Murmur3Sql.number(bits)), SqlOperator.infix(">>", v, Murmur3Sql.number(64 - bits))), huge(TWO_64)));
  }

  /** a * b mod 2^64 as (aLow * b + ((aHigh * b) mod 2^32) * 2^32) mod 2^64. */
  private static SqlExpression multiply(SqlExpression left, SqlExpression right) {
    SqlExpression two32 = huge(BigInteger.ONE.shiftLeft(32));
    return SqlLet.bind(new SqlCast(left, "HUGEINT", false), a -> SqlOperator.infix("%", SqlOperator.infix("+",
        SqlOperator.infix("*", SqlOperator.infix("%", a, two32), right),
        SqlOperator.infix("*", SqlOperator.infix("%", SqlOperator.infix("*", SqlOperator.infix("//", a, two32), right),
            two32), two32)), huge(TWO_64)));
  }

  private static SqlExpression add(SqlExpression left, SqlExpression right) {
    return SqlOperator.infix("%", SqlOperator.infix("+", new SqlCast(left, "HUGEINT", false), right), huge(TWO_64));
  }

  private static SqlExpression xor(SqlExpression left, SqlExpression right) {
    return SqlCall.of("xor", new SqlCast(left, "HUGEINT", false), new SqlCast(right, "HUGEINT", false));
  }

  private static SqlExpression unsigned(long value) {
    BigInteger number = BigInteger.valueOf(value);
    return huge(value < 0 ? number.add(TWO_64) : number);
  }

  private static SqlExpression huge(BigInteger value) {
    return new SqlCast(new SqlLiteral(value.toString(), dev.ember.plan.types.AtomicType.STRING), "HUGEINT", false);
  }
}
