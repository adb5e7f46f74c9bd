package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/** md5, sha1, sha2 (224, 256, 384, 512), crc32, Spark's Murmur3 {@code hash} and {@code xxhash64}. */
final class HashRenderers {
  private HashRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("md5", (call, args) -> SqlCall.of("md5", args.get(0)));
    renderers.put("sha1", (call, args) -> SqlCall.of("sha1", args.get(0)));
    renderers.put("sha256", (call, args) -> SqlCall.of("sha256", args.get(0)));
    for (int bits : new int[] {224, 384, 512}) {
      renderers.put("sha" + bits, (call, args) -> Sha2Sql.digest(bits, call.argument(0).dataType() == AtomicType.STRING
          ? SqlCall.of("encode", args.get(0)) : args.get(0)));
    }
    renderers.put("crc32", (call, args) -> crc32(args.get(0), call.argument(0).dataType() == AtomicType.STRING));
    renderers.put("hash", (call, args) -> Murmur3Sql.hash(call.arguments().stream().map(BoundExpression::dataType)
        .toList(), args));
    renderers.put("xxhash64", (call, args) -> XxHash64Sql.hash(call.arguments().stream()
        .map(BoundExpression::dataType).toList(), args));
  }

  /** CRC-32 (the zlib polynomial, reflected), bit by bit over the bytes. */
  private static SqlExpression crc32(SqlExpression value, boolean text) {
    SqlExpression blob = text ? SqlCall.of("encode", value) : value;
    return SqlLet.bind(SqlCall.of("hex", blob), hex -> {
      SqlExpression register = new SqlColumn("d#");
      SqlExpression step = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=",
          SqlOperator.infix("&", register, number(1)), number(1)),
          SqlCall.of("xor", SqlOperator.infix(">>", register, number(1)), number(0xEDB88320L)))),
          SqlOperator.infix(">>", register, number(1)));
      SqlExpression perByte = SqlCall.of("list_reduce", SqlCall.of("range", number(8)),
          new SqlLambda(List.of("d#", "k#"), step),
          SqlCall.of("xor", new SqlColumn("c#"), Murmur3Sql.byteAt(hex, new SqlColumn("j#"))));
      SqlExpression crc = SqlCall.of("list_reduce", SqlCall.of("range", SqlOperator.infix("//",
          SqlCall.of("length", hex), number(2))), new SqlLambda(List.of("c#", "j#"), perByte), number(0xFFFFFFFFL));
      return SqlCall.of("xor", crc, number(0xFFFFFFFFL));
    });
  }
}
