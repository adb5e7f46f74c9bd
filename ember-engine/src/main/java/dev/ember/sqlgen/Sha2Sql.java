package dev.ember.sqlgen;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * SHA-224, SHA-384 and SHA-512 (FIPS 180-4) in SQL, for {@code sha2} bit lengths DuckDB has no
 * function for. Words are HUGEINTs in [0, 2^w); the round constants and initial values are derived
 * here from the primes' roots as the standard defines them. Blocks, the message schedule and the
 * rounds are {@code list_reduce}s.
 */
final class Sha2Sql {
  private static final String[] STATE = {"a", "b", "c", "d", "e", "f", "g", "h"};

  /** One member of the family: word size, rounds, rotations, initial values, words kept. */
  private record Variant(int wordBits, int rounds, int[] bigSigma0, int[] bigSigma1, int[] smallSigma0,
      int[] smallSigma1, List<BigInteger> initial, int outputWords) {
    BigInteger modulus() {
      return BigInteger.ONE.shiftLeft(wordBits);
    }

    int blockBytes() {
      return wordBits * 2;
    }
  }

  private Sha2Sql() {
  }

  /** The lower-case hex digest of a blob, or null if DuckDB's sha256 serves this bit length. */
  static SqlExpression digest(int bitLength, SqlExpression blob) {
    return switch (bitLength) {
      case 224 -> digest(variant32(8, 7), blob);
      case 384 -> digest(variant64(8, 6), blob);
      case 512 -> digest(variant64(0, 8), blob);
      default -> null;
    };
  }

  private static Variant variant32(int firstPrime, int outputWords) {
    // SHA-224: the low 32 bits of the 64-bit fractional square roots of the 9th to 16th primes
    List<BigInteger> initial = Sha2Constants.roots(2, 64, firstPrime, 8).stream()
        .map(value -> value.mod(BigInteger.ONE.shiftLeft(32))).toList();
    return new Variant(32, 64, new int[] {2, 13, 22}, new int[] {6, 11, 25}, new int[] {7, 18, 3},
        new int[] {17, 19, 10}, initial, outputWords);
  }

  private static Variant variant64(int firstPrime, int outputWords) {
    return new Variant(64, 80, new int[] {28, 34, 39}, new int[] {14, 18, 41}, new int[] {1, 8, 7},
        new int[] {19, 61, 6}, Sha2Constants.roots(2, 64, firstPrime, 8), outputWords);
  }

  private static SqlExpression digest(Variant variant, SqlExpression blob) {
    return new dev.ember.sqlgen.tree.SqlCase(List.of(new dev.ember.sqlgen.tree.SqlCase.When(
        SqlOperator.postfix("IS NULL", blob), new SqlLiteral(null, AtomicType.STRING))), nonNullDigest(variant, blob));
  }

  private static SqlExpression nonNullDigest(Variant variant, SqlExpression blob) {
    return SqlLet.bind(padded(variant, blob), hex -> {
      SqlExpression blocks = SqlOperator.infix("//", SqlCall.of("length", hex),
          number(variant.blockBytes() * 2L));
      SqlExpression state = SqlCall.of("list_reduce", SqlCall.of("range", blocks), new SqlLambda(List.of("s#H", "s#b"),
          compress(variant, hex, new SqlColumn("s#H"), new SqlColumn("s#b"))), state(variant.initial()));
      return SqlLet.bind(state, words -> {
        List<SqlExpression> parts = new ArrayList<>();
        for (int i = 0; i < variant.outputWords(); i++) {
          parts.add(SqlCall.of("lpad", SqlCall.of("lower", SqlCall.of("to_hex", field(words, i))),
              new SqlLiteral(variant.wordBits() / 4, AtomicType.INTEGER), text("0")));
        }
        return new SqlCall("concat", parts, false);
      });
    });
  }

  /** The message's hex, then 80, zeros and the bit length so that the length is a multiple of the block. */
  private static SqlExpression padded(Variant variant, SqlExpression blob) {
    return SqlLet.bind(SqlCall.of("octet_length", blob), length -> {
      long block = variant.blockBytes();
      long lengthBytes = variant.wordBits() / 4;
      SqlExpression zeros = SqlOperator.infix("%", SqlOperator.infix("+", SqlOperator.infix("%",
          SqlOperator.infix("-", number(block - 1 - lengthBytes), length), number(block)), number(block)),
          number(block));
      return new SqlCall("concat", List.of(SqlCall.of("hex", blob), text("80"),
          SqlCall.of("repeat", text("00"), zeros),
          SqlCall.of("lpad", SqlCall.of("to_hex", SqlOperator.infix("*", length, number(8))),
              new SqlLiteral((int) lengthBytes * 2, AtomicType.INTEGER), text("0"))), false);
    });
  }

  /** One block: schedule, rounds, and the state added to the previous one. */
  private static SqlExpression compress(Variant variant, SqlExpression hex, SqlExpression previous,
      SqlExpression block) {
    int wordHex = variant.wordBits() / 4;
    SqlExpression firstWords = SqlCall.of("list_transform", SqlCall.of("range", number(16)), new SqlLambda("s#i",
        word(hex, SqlOperator.infix("+", SqlOperator.infix("*", block, number(variant.blockBytes() * 2L)),
            SqlOperator.infix("*", new SqlColumn("s#i"), number(wordHex))), wordHex)));
    SqlExpression w = new SqlColumn("s#w");
    SqlExpression t = new SqlColumn("s#t");
    SqlExpression next = add(variant, add(variant, sigma(variant, element(w, t, -1), variant.smallSigma1(), true),
        element(w, t, -6)), add(variant, sigma(variant, element(w, t, -14), variant.smallSigma0(), true),
        element(w, t, -15)));
    SqlExpression schedule = SqlCall.of("list_reduce", SqlCall.of("range", number(16), number(variant.rounds())),
        new SqlLambda(List.of("s#w", "s#t"), SqlCall.of("list_append", w, next)), firstWords);
    return SqlLet.bind(schedule, words -> {
      SqlExpression rounds = SqlCall.of("list_reduce", SqlCall.of("range", number(variant.rounds())),
          new SqlLambda(List.of("s#s", "s#r"), round(variant, new SqlColumn("s#s"), new SqlColumn("s#r"), words)),
          previous);
      return SqlLet.bind(rounds, result -> {
        List<SqlStruct.Field> sum = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          sum.add(new SqlStruct.Field(STATE[i], add(variant, field(previous, i), field(result, i))));
        }
        return new SqlStruct(sum);
      });
    });
  }

  private static SqlExpression round(Variant variant, SqlExpression state, SqlExpression index, SqlExpression words) {
    SqlExpression e = field(state, 4);
    SqlExpression choose = SqlCall.of("xor", SqlOperator.infix("&", e, field(state, 5)),
        SqlOperator.infix("&", SqlOperator.infix("-", huge(variant.modulus().subtract(BigInteger.ONE)), e),
            field(state, 6)));
    SqlExpression constant = SqlCall.of("list_extract", constants(variant), SqlOperator.infix("+", index, number(1)));
    SqlExpression scheduled = SqlCall.of("list_extract", words, SqlOperator.infix("+", index, number(1)));
    SqlExpression t1 = add(variant, add(variant, add(variant, field(state, 7), sigma(variant, e, variant.bigSigma1(),
        false)), add(variant, choose, constant)), scheduled);
    SqlExpression a = field(state, 0);
    SqlExpression b = field(state, 1);
    SqlExpression c = field(state, 2);
    SqlExpression majority = SqlCall.of("xor", SqlCall.of("xor", SqlOperator.infix("&", a, b),
        SqlOperator.infix("&", a, c)), SqlOperator.infix("&", b, c));
    SqlExpression t2 = add(variant, sigma(variant, a, variant.bigSigma0(), false), majority);
    return SqlLet.bind(t1, first -> {
      List<SqlStruct.Field> fields = new ArrayList<>();
      fields.add(new SqlStruct.Field("a", add(variant, first, t2)));
      fields.add(new SqlStruct.Field("b", a));
      fields.add(new SqlStruct.Field("c", b));
      fields.add(new SqlStruct.Field("d", c));
      fields.add(new SqlStruct.Field("e", add(variant, field(state, 3), first)));
      fields.add(new SqlStruct.Field("f", e));
      fields.add(new SqlStruct.Field("g", field(state, 5)));
      fields.add(new SqlStruct.Field("h", field(state, 6)));
      return new SqlStruct(fields);
    });
  }

  /** Σ (three rotations) or σ (two rotations and a shift). */
  private static SqlExpression sigma(Variant variant, SqlExpression x, int[] amounts, boolean lastIsShift) {
    SqlExpression third = lastIsShift ? SqlOperator.infix(">>", x, number(amounts[2]))
        : rotateRight(variant, x, amounts[2]);
    return SqlCall.of("xor", SqlCall.of("xor", rotateRight(variant, x, amounts[0]), rotateRight(variant, x, amounts[1])),
        third);
  }

  private static SqlExpression rotateRight(Variant variant, SqlExpression x, int bits) {
    return SqlOperator.infix("%", SqlOperator.infix("|", SqlOperator.infix(">>", x, number(bits)),
        SqlOperator.infix("<<", x, number(variant.wordBits() - bits))), huge(variant.modulus()));
  }

  private static SqlExpression add(Variant variant, SqlExpression left, SqlExpression right) {
    return SqlOperator.infix("%", SqlOperator.infix("+", left, right), huge(variant.modulus()));
  }

  /** {@code w[t + offset]} of the 0-based schedule, in DuckDB's 1-based list. */
  private static SqlExpression element(SqlExpression list, SqlExpression t, int offset) {
    return SqlCall.of("list_extract", list, SqlOperator.infix("+", t, number(offset)));
  }

  private static SqlExpression word(SqlExpression hex, SqlExpression hexOffset, int hexDigits) {
    return new SqlCast(SqlOperator.infix("||", text("0x"), SqlCall.of("substr", hex,
        SqlOperator.infix("+", hexOffset, number(1)), number(hexDigits))), "HUGEINT", false);
  }

  private static SqlExpression field(SqlExpression state, int index) {
    return SqlCall.of("struct_extract", state, text(STATE[index]));
  }

  private static SqlExpression state(List<BigInteger> values) {
    List<SqlStruct.Field> fields = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      fields.add(new SqlStruct.Field(STATE[i], huge(values.get(i))));
    }
    return new SqlStruct(fields);
  }

  private static SqlExpression constants(Variant variant) {
    // the first w bits of the fractional parts of the cube roots of the first primes
    return new SqlList(Sha2Constants.roots(3, variant.wordBits(), 0, variant.rounds()).stream().map(Sha2Sql::huge).toList());
  }

  private static SqlExpression huge(BigInteger value) {
    return new SqlCast(new SqlLiteral(value.toString(), AtomicType.STRING), "HUGEINT", false);
  }

  private static SqlExpression number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
