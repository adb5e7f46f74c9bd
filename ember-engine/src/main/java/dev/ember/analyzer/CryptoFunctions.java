package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * aes_encrypt(input, key[, mode[, padding[, iv[, aad]]]]), aes_decrypt and try_aes_decrypt
 * (input, key[, mode[, padding[, aad]]]): Spark fills the omitted arguments (GCM, DEFAULT, empty IV
 * and AAD) and names the call with them. The resolved {@code aes} call always has the input, key,
 * mode, padding, IV and AAD, then whether it encrypts and whether a failure gives NULL.
 */
final class CryptoFunctions {
  private static final List<String> DEFAULTS = List.of("GCM", "DEFAULT", "", "");

  private CryptoFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(aes("aes_encrypt", true, false), aes("aes_decrypt", false, false),
        aes("try_aes_decrypt", false, true));
  }

  private static FunctionDefinition aes(String name, boolean encrypt, boolean lenient) {
    int maxArguments = encrypt ? 6 : 5;
    return new FunctionDefinition(name, 2, maxArguments, false, (pretty, arguments, sql) -> {
      List<BoundExpression> bound = new ArrayList<>();
      bound.add(binary(pretty, arguments, sql, 0));
      bound.add(binary(pretty, arguments, sql, 1));
      bound.add(arguments.size() > 2 ? InputChecks.string(pretty, arguments, sql, 2) : Literal.of("GCM"));
      bound.add(arguments.size() > 3 ? InputChecks.string(pretty, arguments, sql, 3) : Literal.of("DEFAULT"));
      int ivIndex = encrypt ? 4 : -1;
      int aadIndex = encrypt ? 5 : 4;
      bound.add(ivIndex > 0 && arguments.size() > ivIndex ? binary(pretty, arguments, sql, ivIndex) : empty());
      bound.add(arguments.size() > aadIndex ? binary(pretty, arguments, sql, aadIndex) : empty());
      bound.add(Literal.of(encrypt));
      bound.add(Literal.of(lenient));
      return new Call("aes", bound, AtomicType.BINARY, true);
    }, (argumentNames, distinct) -> {
      List<String> names = new ArrayList<>(argumentNames);
      List<String> defaults = encrypt ? DEFAULTS : List.of("GCM", "DEFAULT", "");
      for (int i = names.size() - 2; i < defaults.size(); i++) {
        names.add(defaults.get(i));
      }
      return name + "(" + String.join(", ", names) + ")";
    });
  }

  private static BoundExpression empty() {
    return new Literal(new byte[0], AtomicType.BINARY);
  }

  /** A binary argument; a string is its UTF-8 bytes. */
  private static BoundExpression binary(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    DataType type = arguments.get(index).dataType();
    if (type == AtomicType.BINARY || type == AtomicType.STRING || type == AtomicType.NULL) {
      return TypeCoercion.castTo(arguments.get(index), AtomicType.BINARY);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"BINARY\"");
  }
}
