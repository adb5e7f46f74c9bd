package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Spark's {@code bloom_filter_agg(item, expectedItems, bits)}: the bytes of spark-sketch's
 * BloomFilterImplV2 (big-endian: version 2, number of hash functions, seed 0, number of 64-bit
 * words, the words), NULL when no item is non-null. Item i sets bits {@code h1 * (2^31 - 1) + k * h2}
 * (bits flipped when negative, modulo the bit size) for k = 1..hashes. The set bits are gathered
 * with DuckDB's {@code bitstring_agg}, whose bitstring, cast to a blob, is MSB first: bit b of word w
 * is written at position {@code 64w + 63 - b}, which makes the words big-endian.
 */
final class BloomFilterSql {
  private static final String POSITION = "k#";

  private BloomFilterSql() {
  }

  static SqlExpression render(Call call, List<SqlExpression> arguments) {
    long expectedItems = (Long) ((Literal) call.argument(1)).value();
    long bits = (Long) ((Literal) call.argument(2)).value();
    int hashes = Math.max(1, (int) Math.round((double) bits / expectedItems * Math.log(2)));
    int words = (int) Math.ceil(bits / 64.0);
    long bitSize = words * 64L;
    SqlExpression item = arguments.get(0);
    SqlExpression positions = SketchHashing.withHashes(call.argument(0).dataType(), item,
        (first, second) -> positions(hashes, bitSize, first, second));
    SqlExpression allPositions = SqlCall.of("flatten", new SqlFilteredAggregate(SqlCall.of("list", positions),
        SqlOperator.postfix("IS NOT NULL", item)));
    SqlExpression bitString = SqlCall.of("list_aggregate", allPositions, new SqlLiteral("bitstring_agg",
        AtomicType.STRING), number(0), number(bitSize - 1));
    byte[] header = ByteBuffer.allocate(16).putInt(2).putInt(hashes).putInt(0).putInt(words).array();
    return SqlOperator.infix("||", new SqlLiteral(header, AtomicType.BINARY), new SqlCast(bitString, "BLOB", false));
  }

  /** The bitstring positions of one item's bits. */
  private static SqlExpression positions(int hashes, long bitSize, SqlExpression first, SqlExpression second) {
    SqlExpression combined = SqlOperator.infix("+", SqlOperator.infix("*", first, number(Integer.MAX_VALUE)),
        SqlOperator.infix("*", new SqlColumn(POSITION), second));
    SqlExpression index = SqlLet.bind(combined, value -> SqlOperator.infix("%", new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("<", value, number(0)), SqlOperator.infix("-", number(-1), value))), value),
        number(bitSize)));
    SqlExpression position = SqlLet.bind(index, bit -> SqlOperator.infix("-", SqlOperator.infix("+", bit, number(63)),
        SqlOperator.infix("*", number(2), SqlOperator.infix("%", bit, number(64)))));
    return SqlCall.of("list_transform", SqlCall.of("range", number(1), number(hashes + 1L)),
        new SqlLambda(POSITION, position));
  }
}
