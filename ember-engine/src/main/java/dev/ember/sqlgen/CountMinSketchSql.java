package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Spark's {@code count_min_sketch(item, eps, confidence, seed)}: the bytes of spark-sketch's
 * CountMinSketchImpl (big-endian: version 1, total count, depth, width, one multiplier per row drawn
 * by {@code java.util.Random(seed)}, then the depth x width counters row by row). An item counts once
 * in each row: a long at {@code (a * item + (a * item >> 32)) & (2^31 - 1) % width} (Java's 64-bit
 * overflow), bytes at {@code abs((h1 + row * h2) % width)} (32-bit overflow). The counters are
 * written in hex: each cell's count from the histogram of the cells hit ({@link DenseCounters}).
 */
final class CountMinSketchSql {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private CountMinSketchSql() {
  }

  static SqlExpression render(Call call, List<SqlExpression> arguments) {
    double eps = (Double) ((Literal) call.argument(1)).value();
    double confidence = (Double) ((Literal) call.argument(2)).value();
    int width = (int) Math.ceil(2 / eps);
    int depth = (int) Math.ceil(-Math.log1p(-confidence) / Math.log(2));
    Random random = new Random((Integer) ((Literal) call.argument(3)).value());
    List<Long> multipliers = new ArrayList<>();
    for (int row = 0; row < depth; row++) {
      multipliers.add((long) random.nextInt(Integer.MAX_VALUE));
    }
    SqlExpression item = arguments.get(0);
    SqlExpression cells = SketchHashing.hashesBytes(call.argument(0).dataType())
        ? SketchHashing.withHashes(call.argument(0).dataType(), item,
            (first, second) -> byteCells(width, depth, first, second))
        : SqlLet.bind(new SqlCast(item, "HUGEINT", false), value -> longCells(width, multipliers, value));
    SqlExpression allCells = SqlCall.of("flatten", new SqlFilteredAggregate(SqlCall.of("list", cells),
        SqlOperator.postfix("IS NOT NULL", item)));
    ByteBuffer sizes = ByteBuffer.allocate(8 + 8 * depth).putInt(depth).putInt(width);
    multipliers.forEach(sizes::putLong);
    SqlExpression hex = concat(
        new SqlLiteral("00000001", AtomicType.STRING),
        DenseCounters.hex(SqlCall.of("count", item)),
        new SqlLiteral(HexFormat.of().formatHex(sizes.array()), AtomicType.STRING),
        DenseCounters.counters(allCells, (long) depth * width));
    return SqlCall.of("from_hex", hex);
  }

  /** Row r's cell of a long item (HUGEINT): Java's {@code hash(item, r)} plus {@code r * width}. */
  private static SqlExpression longCells(int width, List<Long> multipliers, SqlExpression item) {
    List<SqlExpression> cells = new ArrayList<>();
    for (int row = 0; row < multipliers.size(); row++) {
      SqlExpression product = SqlOperator.infix("*", item, number(multipliers.get(row)));
      SqlExpression signed = SqlOperator.infix("-", SqlOperator.infix("%", SqlOperator.infix("+", SqlOperator.infix("%",
          product, huge(TWO_64)), huge(TWO_64.add(TWO_64.shiftRight(1)))), huge(TWO_64)), huge(TWO_64.shiftRight(1)));
      SqlExpression low31 = SqlLet.bind(signed, hash -> SqlOperator.infix("&", SqlOperator.infix("+", hash,
          SqlOperator.infix(">>", hash, number(32))), number(Integer.MAX_VALUE)));
      cells.add(new SqlCast(SqlOperator.infix("+", SqlOperator.infix("%", low31, number(width)),
          number((long) row * width)), "BIGINT", false));
    }
    return new SqlList(cells);
  }

  /** Row r's cell of a string or binary item from its two Murmur3 hashes. */
  private static SqlExpression byteCells(int width, int depth, SqlExpression first, SqlExpression second) {
    List<SqlExpression> cells = new ArrayList<>();
    for (int row = 0; row < depth; row++) {
      SqlExpression combined = SketchHashing.wrap32(SqlOperator.infix("+", first,
          SketchHashing.wrap32(SqlOperator.infix("*", number(row), second))));
      cells.add(SqlOperator.infix("+", SqlCall.of("abs", SqlOperator.infix("%", combined, number(width))),
          number((long) row * width)));
    }
    return new SqlList(cells);
  }

  private static SqlExpression concat(SqlExpression... parts) {
    SqlExpression text = parts[0];
    for (int i = 1; i < parts.length; i++) {
      text = SqlOperator.infix("||", text, parts[i]);
    }
    return text;
  }

  private static SqlExpression huge(BigInteger value) {
    return new SqlCast(new SqlLiteral(value.toString(), AtomicType.STRING), "HUGEINT", false);
  }
}
