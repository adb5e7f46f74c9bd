package dev.ember.analyzer;

import static dev.ember.analyzer.StringFunctions.Kind.STRING;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;

/**
 * Functions between text, bytes and character codes: ascii, chr, base64, unbase64, encode, decode,
 * and the lengths that count bytes of strings and binaries.
 */
final class EncodingFunctions {
  private EncodingFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        StringFunctionRow.of("ascii", "ascii", AtomicType.INTEGER, STRING),
        chr("chr"),
        chr("char"),
        new FunctionDefinition("base64", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression bytes = bytes(pretty, arguments, sql, 0);
          return new Call("base64", List.of(bytes), AtomicType.STRING, bytes.nullable());
        }, FunctionDefinition.prefix("base64")),
        StringFunctionRow.of("unbase64", "unbase64", AtomicType.BINARY, STRING),
        // Spark checks the charset while running, so encode and decode are nullable whatever their inputs
        new StringFunctionRow("encode", "encode", AtomicType.BINARY, List.of(STRING, STRING), 2, null, false)
            .nullable().definition(),
        new FunctionDefinition("decode", 2, FunctionDefinition.VARIADIC, false, (pretty, arguments, sql) ->
            arguments.size() > 2 ? matchingDecode(pretty, arguments, sql) : new Call("decode",
            List.of(bytes(pretty, arguments, sql, 0), InputChecks.string(pretty, arguments, sql, 1)),
            AtomicType.STRING, true), FunctionDefinition.prefix("decode")),
        length("octet_length", "octet_length"),
        length("bit_length", "bit_length"),
        length("char_length", "char_length"),
        length("character_length", "char_length"),
        length("len", "char_length"),
        length("length", "char_length"));
  }

  /** Whether the call is encode(text, charset) or decode(bytes, charset). */
  static boolean codesCharsets(BoundExpression bound) {
    return bound instanceof Call call && call.arguments().size() == 2
        && (call.function().equals("encode") || call.function().equals("decode"));
  }

  /**
   * encode / decode under {@code spark.sql.legacy.javaCharsets} (any charset the JVM knows) or
   * {@code spark.sql.legacy.codingErrorAction} (what the charset cannot hold is replaced): Spark's CharsetProvider on
   * the JVM ({@code legacy_encode} / {@code legacy_decode}, the two settings as their last arguments).
   */
  static BoundExpression withLegacyCharsets(BoundExpression bound, boolean javaCharsets, boolean replace) {
    if ((javaCharsets || replace) && codesCharsets(bound) && bound instanceof Call call) {
      return new Call("legacy_" + call.function(), List.of(call.argument(0), call.argument(1),
          dev.ember.plan.expressions.Literal.of(javaCharsets), dev.ember.plan.expressions.Literal.of(replace)),
          call.dataType(), true);
    }
    return bound;
  }

  /**
   * Spark's other decode, {@code decode(expr, search, result [, search, result]... [, default])}: the result of the
   * first search equal to expr (NULL equal to NULL), as {@code CASE WHEN expr <=> search THEN result ... END}.
   */
  private static BoundExpression matchingDecode(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> branches = new java.util.ArrayList<>();
    List<String> branchSql = new java.util.ArrayList<>();
    int i = 1;
    for (; i + 1 < arguments.size(); i += 2) {
      String condition = "(" + sql.get(0) + " <=> " + sql.get(i) + ")";
      branches.add(PredicateFunctions.bindComparison("equal_null_safe", condition, arguments.get(0), arguments.get(i)));
      branches.add(arguments.get(i + 1));
      branchSql.addAll(List.of(condition, sql.get(i + 1)));
    }
    if (i < arguments.size()) {
      branches.add(arguments.get(i));
      branchSql.add(sql.get(i));
    }
    return FunctionRegistry.lookup("when").orElseThrow().binder().bind(pretty, branches, branchSql);
  }

  /** chr(n) / char(n): a BIGINT input (narrower integers and strings are cast). */
  private static FunctionDefinition chr(String name) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression code = arguments.get(0);
      DataType type = code.dataType();
      if (!(type == AtomicType.NULL || type == AtomicType.STRING || type instanceof AtomicType atomic
          && atomic.integral())) {
        throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"BIGINT\"");
      }
      BoundExpression value = TypeCoercion.castTo(code, AtomicType.LONG);
      return new Call("chr", List.of(value), AtomicType.STRING, value.nullable());
    }, FunctionDefinition.prefix(name));
  }

  /** A string or a binary, kept as it is (other atomic types are cast to string); an INT result. */
  private static FunctionDefinition length(String name, String function) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression value = arguments.get(0).dataType() == AtomicType.BINARY ? arguments.get(0)
          : InputChecks.string(pretty, arguments, sql, 0);
      return new Call(function, List.of(value), AtomicType.INTEGER, value.nullable());
    }, FunctionDefinition.prefix(name));
  }

  /** A BINARY input: binaries stay, strings stay too (the SQL encodes them as UTF-8); anything else is refused. */
  private static BoundExpression bytes(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression value = arguments.get(index);
    DataType type = value.dataType();
    if (type == AtomicType.BINARY || type == AtomicType.STRING) {
      return value;
    }
    if (type == AtomicType.NULL) {
      return TypeCoercion.castTo(value, AtomicType.BINARY);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"BINARY\"");
  }
}
