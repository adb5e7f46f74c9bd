package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import java.util.List;
import java.util.Map;

/**
 * Spark's bitmaps as DuckDB bitstrings: a bitstring cast to a blob is MSB first, so Spark's bit
 * {@code p} (byte {@code p / 8}, value {@code 1 << p % 8}) is the bitstring's bit {@code 8 * (p / 8) + 7 - p % 8};
 * OR and AND of bitmaps are DuckDB's {@code bit_or} / {@code bit_and} of the bitstrings, whose bit order
 * does not matter. A group without bitmaps gives Spark's initial buffer: no bits for construct and OR,
 * every bit for AND.
 */
final class BitmapRenderers {
  private static final long BITS = 32768;

  private BitmapRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("bitmap_bit_position", (call, args) -> signedSplit(args.get(0),
        SqlOperator.infix("%", SqlOperator.infix("-", args.get(0), number(1)), number(BITS)),
        SqlOperator.infix("%", SqlOperator.prefix("-", args.get(0)), number(BITS))));
    renderers.put("bitmap_bucket_number", (call, args) -> signedSplit(args.get(0),
        SqlOperator.infix("+", SqlOperator.infix("//", SqlOperator.infix("-", args.get(0), number(1)), number(BITS)),
            number(1)),
        SqlOperator.prefix("-", SqlOperator.infix("//", SqlOperator.prefix("-", args.get(0)), number(BITS)))));
    renderers.put("bitmap_count", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("=", SqlCall.of("octet_length", args.get(0)), number(0)), number(0))),
        new SqlCast(SqlCall.of("bit_count", new SqlCast(args.get(0), "BIT", false)), "BIGINT", false)));
    renderers.put("bitmap_construct_agg", BitmapRenderers::construct);
    renderers.put("bitmap_or_agg", (call, args) -> combined("bit_or", args.get(0), noBits()));
    renderers.put("bitmap_and_agg", (call, args) -> combined("bit_and", args.get(0),
        SqlOperator.prefix("~", noBits())));
  }

  /** Spark's split of a value into buckets: positive values count from 1, the others from 0 downwards. */
  private static SqlExpression signedSplit(SqlExpression value, SqlExpression positive, SqlExpression otherwise) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", value, number(0)), positive)), otherwise);
  }

  /** The positions' bits; the first position outside the bitmap (in input order) fails as in Spark. */
  private static SqlExpression construct(Call call, List<SqlExpression> args) {
    SqlExpression position = args.get(0);
    SqlExpression outside = SqlOperator.infix("OR", SqlOperator.infix("<", position, number(0)),
        SqlOperator.infix(">=", position, number(BITS)));
    SqlExpression firstOutside = SqlCall.of("list_extract", new SqlFilteredAggregate(new SqlOrderedAggregate(
        SqlCall.of("list", position), List.of(RowNumbering.inInputOrder(true))), outside),
        new SqlLiteral(1, AtomicType.INTEGER));
    SqlExpression bit = SqlOperator.infix("+", SqlOperator.infix("*", SqlOperator.infix("//", position, number(8)),
        number(8)), SqlOperator.infix("-", number(7), SqlOperator.infix("%", position, number(8))));
    SqlExpression bits = new SqlFilteredAggregate(SqlCall.of("bitstring_agg", bit, number(0), number(BITS - 1)),
        SqlOperator.prefix("NOT", outside));
    SqlExpression raise = new SqlCast(CollectionRenderers.raiseWithNumbers(RaisedError.INVALID_BITMAP_POSITION,
        "BLOB", List.of(), firstOutside), "BLOB", false);
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NOT NULL", firstOutside), raise)),
        SqlCall.of("coalesce", new SqlCast(bits, "BLOB", false), new SqlCast(noBits(), "BLOB", false)));
  }

  /**
   * A group's bitmaps OR-ed or AND-ed: each input as a whole bitmap of {@code BITS} bits, a shorter one padded with
   * zero bits and a longer one cut, as Spark reads the first 4096 bytes of each into its buffer.
   */
  private static SqlExpression combined(String function, SqlExpression bitmap, SqlExpression initial) {
    SqlExpression bits = new SqlCast(SqlCall.of("rpad", new SqlCast(new SqlCast(bitmap, "BIT", false), "VARCHAR",
        false), new SqlLiteral((int) BITS, AtomicType.INTEGER), new SqlLiteral("0", AtomicType.STRING)), "BIT", false);
    SqlExpression combined = new SqlFilteredAggregate(SqlCall.of(function, bits),
        SqlOperator.postfix("IS NOT NULL", bitmap));
    return new SqlCast(SqlCall.of("coalesce", combined, initial), "BLOB", false);
  }

  private static SqlExpression noBits() {
    return SqlCall.of("bitstring", new SqlLiteral("0", AtomicType.STRING), new SqlLiteral((int) BITS, AtomicType.INTEGER));
  }

  private static SqlExpression number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
