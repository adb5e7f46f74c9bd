package dev.ember.analyzer;

import static dev.ember.analyzer.StringFunctions.Kind.INT;
import static dev.ember.analyzer.StringFunctions.Kind.STRING;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that look for text or compare it: position, find_in_set, elt, levenshtein, soundex and
 * the regular expression searches regexp_count, regexp_substr, regexp_instr, regexp_extract_all.
 */
final class StringSearchFunctions {
  private StringSearchFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        StringFunctions.locate("position"),
        StringFunctionRow.of("find_in_set", "find_in_set", AtomicType.INTEGER, STRING, STRING),
        new FunctionDefinition("elt", 2, FunctionDefinition.VARIADIC, false, StringSearchFunctions::elt,
            FunctionDefinition.prefix("elt")),
        new StringFunctionRow("levenshtein", "levenshtein", AtomicType.INTEGER, List.of(STRING, STRING, INT), 2, null,
            false).definition(),
        StringFunctionRow.of("soundex", "soundex", AtomicType.STRING, STRING),
        StringFunctionRow.of("regexp_count", "regexp_count", AtomicType.INTEGER, STRING, STRING),
        // Spark's regexp_substr is NullIf(regexp_extract(str, regexp, 0), '')
        new StringFunctionRow("regexp_substr", "regexp_substr", AtomicType.STRING, List.of(STRING, STRING), 2, null,
            false).nullable().definition(),
        StringFunctionRow.withDefault("regexp_instr", "regexp_instr", AtomicType.INTEGER, Literal.of(0), STRING, STRING,
            INT),
        StringFunctionRow.withDefault("regexp_extract_all", "regexp_extract_all",
            new ArrayType(AtomicType.STRING, true), Literal.of(1), STRING, STRING, INT));
  }

  /** elt of binaries under {@code spark.sql.function.eltOutputAsString}: each input read as a string. */
  static BoundExpression eltAsString(BoundExpression bound) {
    // elt, or lenient_elt (without ANSI)
    if (!(bound instanceof Call call && call.function().endsWith("elt") && call.dataType() == AtomicType.BINARY)) {
      return bound;
    }
    List<BoundExpression> inputs = new ArrayList<>();
    inputs.add(call.arguments().get(0));
    call.arguments().subList(1, call.arguments().size())
        .forEach(input -> inputs.add(TypeCoercion.castTo(input, AtomicType.STRING)));
    return new Call(call.function(), inputs, AtomicType.STRING, true);
  }

  /**
   * elt(n, input1, input2, ...): the n-th input; under ANSI an index out of range fails. Always nullable. Binaries
   * give a binary when every input is one (Spark's Elt), else inputs are read as strings.
   */
  private static BoundExpression elt(String pretty, List<BoundExpression> arguments, List<String> sql) {
    List<BoundExpression> inputs = new ArrayList<>();
    inputs.add(InputChecks.integer(pretty, arguments, sql, 0));
    boolean binaries = arguments.subList(1, arguments.size()).stream()
        .allMatch(argument -> argument.dataType() == AtomicType.BINARY);
    for (int i = 1; i < arguments.size(); i++) {
      inputs.add(binaries ? arguments.get(i) : InputChecks.string(pretty, arguments, sql, i));
    }
    return new Call("elt", inputs, binaries ? AtomicType.BINARY : AtomicType.STRING, true);
  }
}
