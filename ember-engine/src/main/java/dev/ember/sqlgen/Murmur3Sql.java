package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * Spark's {@code hash()}: Murmur3 x86_32 (Spark's variant: trailing bytes mixed one by one as signed
 * ints) chained over the columns from seed 42, NULLs leaving the hash unchanged. 32-bit words are
 * BIGINTs in [0, 2^32) and products go through HUGEINT, so DuckDB's overflow checks never fire.
 */
final class Murmur3Sql implements SparkHashSql.Algorithm {
  private static final long MASK = 0xFFFFFFFFL;
  private static final Murmur3Sql INSTANCE = new Murmur3Sql();

  private Murmur3Sql() {
  }

  /** The primitives, for other users of Spark's Murmur3 (spark-sketch's Bloom filters and count-min sketches). */
  static SparkHashSql.Algorithm algorithm() {
    return INSTANCE;
  }

  static SqlExpression hash(List<DataType> types, List<SqlExpression> values) {
    SqlExpression hash = SparkHashSql.hash(INSTANCE, number(42), types, values);
    SqlExpression offset = number(1L << 31);
    return new SqlCast(SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+", hash, offset),
        number(1L << 32)), offset), "INTEGER", false);
  }

  @Override
  public SqlExpression hashInt(SqlExpression unsignedInt, SqlExpression seed) {
    return fmix(mixH1(seed, mixK1(unsignedInt)), number(4));
  }

  @Override
  public SqlExpression hashLong(SqlExpression value, SqlExpression seed) {
    return SqlLet.bind(value, v -> fmix(mixH1(mixH1(seed, mixK1(low32(v))),
        mixK1(low32(SqlOperator.infix(">>", v, number(32))))), number(8)));
  }

  /** hashUnsafeBytes: little-endian 4-byte words, then each trailing byte as a signed int. */
  @Override
  public SqlExpression hashBytes(SqlExpression blob, SqlExpression seed) {
    return SqlLet.bind(SqlCall.of("hex", blob), hex -> SqlLet.bind(SqlCall.of("octet_length", blob), length -> {
      SqlExpression aligned = SqlOperator.infix("-", length, SqlOperator.infix("%", length, number(4)));
      SqlExpression word = new SqlColumn("w#");
      SqlExpression wordValue = byteAt(hex, SqlOperator.infix("*", word, number(4)));
      for (int i = 1; i < 4; i++) {
        wordValue = SqlOperator.infix("|", wordValue, SqlOperator.infix("<<", byteAt(hex,
            SqlOperator.infix("+", SqlOperator.infix("*", word, number(4)), number(i))), number(8 * i)));
      }
      SqlExpression words = SqlCall.of("list_reduce", SqlCall.of("range", SqlOperator.infix("//", length, number(4))),
          new SqlLambda(List.of("h#", "w#"), mixH1(new SqlColumn("h#"), mixK1(wordValue))), seed);
      SqlExpression signedByte = SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+",
          byteAt(hex, new SqlColumn("b#")), number(128)), number(256)), number(128));
      SqlExpression tail = SqlCall.of("list_reduce", SqlCall.of("range", aligned, length),
          new SqlLambda(List.of("h#", "b#"), mixH1(new SqlColumn("h#"), mixK1(low32(signedByte)))), words);
      return fmix(tail, length);
    }));
  }

  static SqlExpression byteAt(SqlExpression hex, SqlExpression index) {
    return new SqlCast(SqlOperator.infix("||", new SqlLiteral("0x", AtomicType.STRING), SqlCall.of("substr", hex,
        SqlOperator.infix("+", SqlOperator.infix("*", index, number(2)), number(1)), number(2))), "BIGINT", false);
  }

  private static SqlExpression mixK1(SqlExpression k) {
    return multiply(rotateLeft(multiply(k, number(0xcc9e2d51L)), 15), number(0x1b873593L));
  }

  private static SqlExpression mixH1(SqlExpression h, SqlExpression k) {
    return SqlOperator.infix("%", SqlOperator.infix("+", multiply(rotateLeft(xor(h, k), 13), number(5)),
        number(0xe6546b64L)), number(1L << 32));
  }

  private static SqlExpression fmix(SqlExpression h, SqlExpression length) {
    SqlExpression mixed = shiftXor(xor(h, length), 16);
    mixed = shiftXor(multiply(mixed, number(0x85ebca6bL)), 13);
    return shiftXor(multiply(mixed, number(0xc2b2ae35L)), 16);
  }

  private static SqlExpression shiftXor(SqlExpression value, int shift) {
    return SqlLet.bind(value, v -> xor(v, SqlOperator.infix(">>", v, number(shift))));
  }

  private static SqlExpression rotateLeft(SqlExpression value, int bits) {
    return SqlLet.bind(value, v -> SqlOperator.infix("&", SqlOperator.infix("|", SqlOperator.infix("<<", v,
        number(bits)), SqlOperator.infix(">>", v, number(32 - bits))), number(MASK)));
  }

  private static SqlExpression multiply(SqlExpression left, SqlExpression right) {
    return new SqlCast(SqlOperator.infix("%", SqlOperator.infix("*", new SqlCast(left, "HUGEINT", false), right),
        number(1L << 32)), "BIGINT", false);
  }

  private static SqlExpression xor(SqlExpression left, SqlExpression right) {
    return SqlCall.of("xor", left, right);
  }

  /** The low 32 bits (two's complement) as an unsigned value. */
  static SqlExpression low32(SqlExpression value) {
    return SqlOperator.infix("&", new SqlCast(value, "BIGINT", false), number(MASK));
  }

  static SqlLiteral number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
