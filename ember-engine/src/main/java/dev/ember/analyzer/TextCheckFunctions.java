package dev.ember.analyzer;

import static dev.ember.analyzer.StringFunctions.Kind.STRING;

import dev.ember.analyzer.StringFunctions.Kind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * quote, mask, luhn_check and the UTF-8 checks. Ember's strings are DuckDB VARCHARs, which are
 * always valid UTF-8, so is_valid_utf8 is true and the validating functions return their input.
 */
final class TextCheckFunctions {
  /** The names Spark's checks give mask's replacement arguments. */
  private static final List<String> MASK_ARGUMENTS = List.of("upperChar", "lowerChar", "digitChar", "otherChar");
  /** mask's defaults for upper-case letters, lower-case letters, digits and other characters (kept). */
  private static final List<Literal> MASK_DEFAULTS = List.of(Literal.of("X"), Literal.of("x"), Literal.of("n"),
      Literal.nullOf(AtomicType.STRING));

  private TextCheckFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        // quote, luhn_check and mask are Spark static calls, nullable whatever their inputs
        new StringFunctionRow("quote", "quote", AtomicType.STRING, List.of(STRING), 1, null, false).nullable()
            .definition(),
        new StringFunctionRow("luhn_check", "luhn_check", AtomicType.BOOLEAN, List.of(STRING), 1, null, false)
            .nullable().definition(),
        bytesChecked(StringFunctionRow.of("is_valid_utf8", "is_valid_utf8", AtomicType.BOOLEAN, STRING)),
        bytesChecked(StringFunctionRow.of("make_valid_utf8", "valid_utf8_text", AtomicType.STRING, STRING)),
        bytesChecked(StringFunctionRow.of("validate_utf8", "valid_utf8_text", AtomicType.STRING, STRING)),
        bytesChecked(new StringFunctionRow("try_validate_utf8", "valid_utf8_text", AtomicType.STRING, List.of(STRING),
            1, null, false).nullable().definition()),
        new FunctionDefinition("mask", 1, 5, false, (pretty, arguments, sql) -> {
          checkMaskArguments(pretty, arguments, sql);
          List<dev.ember.plan.resolved.BoundExpression> all = new ArrayList<>(arguments);
          all.addAll(MASK_DEFAULTS.subList(arguments.size() - 1, MASK_DEFAULTS.size()));
          Call call = StringFunctions.bind("mask", AtomicType.STRING, Collections.nCopies(5, Kind.STRING), pretty, all,
              sql);
          return new Call("mask", call.arguments(), AtomicType.STRING, true);
        }, (names, distinct) -> {
          List<String> all = new ArrayList<>(names);
          for (int i = names.size() - 1; i < MASK_DEFAULTS.size(); i++) {
            all.add(LiteralNames.pretty(MASK_DEFAULTS.get(i)));
          }
          return "mask(" + String.join(", ", all) + ")";
        }));
  }

  /**
   * Spark's checks of mask's arguments (ExpectsInputTypes, then each replacement's): strings (or NULL) with no implicit
   * cast, UNEXPECTED_INPUT_TYPE otherwise; each replacement character a constant (NON_FOLDABLE_INPUT) of one character
   * or NULL (INPUT_SIZE_NOT_ONE).
   */
  private static void checkMaskArguments(String pretty, List<dev.ember.plan.resolved.BoundExpression> arguments,
      List<String> sql) {
    for (int i = 0; i < arguments.size(); i++) {
      dev.ember.plan.types.DataType type = arguments.get(i).dataType();
      if (type != AtomicType.NULL && !dev.ember.plan.types.Collations.isString(type)) {
        throw InputChecks.unexpectedType(pretty, i, sql.get(i), type, "\"STRING\"");
      }
    }
    for (int i = 1; i < arguments.size(); i++) {
      String name = MASK_ARGUMENTS.get(i - 1);
      java.util.Optional<Object> value = ConstantArguments.value(arguments.get(i));
      if (value.isEmpty()) {
        throw ConstantArguments.nonFoldable(pretty, name, arguments.get(i).dataType(), sql.get(i));
      }
      String text = value.get() == ConstantArguments.NULL ? null : value.get().toString();
      if (text != null && text.codePointCount(0, text.length()) != 1) {
        throw dev.ember.plan.errors.SparkErrors.dataTypeMismatch("INPUT_SIZE_NOT_ONE", "\"" + pretty + "\"",
            "Length of " + name + " should be 1.", java.util.Map.of("exprName", name));
      }
    }
  }

  /**
   * A UTF-8 check that looks at a binary's own bytes (the call {@code <name>_bytes}): a string is always valid UTF-8,
   * but the implicit cast of a binary to a string would replace its malformed sequences before the check.
   */
  private static FunctionDefinition bytesChecked(FunctionDefinition strings) {
    return new FunctionDefinition(strings.name(), 1, 1, false, (pretty, arguments, sql) -> {
      if (arguments.get(0).dataType() != AtomicType.BINARY) {
        return strings.binder().bind(pretty, arguments, sql);
      }
      Call call = (Call) strings.binder().bind(pretty, arguments, sql);
      return new Call(strings.name() + "_bytes", arguments, call.dataType(), true);
    }, strings.namer());
  }
}
