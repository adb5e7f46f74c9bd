package dev.ember.analyzer;

import static dev.ember.analyzer.StringFunctions.Kind.INT;
import static dev.ember.analyzer.StringFunctions.Kind.STRING;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/**
 * String functions that cut or rebuild text: left/right, replace, split_part, substring_index,
 * overlay, btrim, space, and the lcase/ucase spellings of lower/upper.
 */
final class StringSlicingFunctions {
  private StringSlicingFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        StringFunctionRow.of("left", "left", AtomicType.STRING, STRING, INT),
        // Spark's Right is If(IsNull(str), NULL, ...): nullable whatever its inputs
        new StringFunctionRow("right", "right", AtomicType.STRING, List.of(STRING, INT), 2, null, false).nullable()
            .definition(),
        StringFunctionRow.withDefault("replace", "replace", AtomicType.STRING, Literal.of(""), STRING, STRING, STRING),
        new StringFunctionRow("split_part", "split_part", AtomicType.STRING, List.of(STRING, STRING, INT), 3, null,
            false).nullable().definition(),
        StringFunctionRow.of("substring_index", "substring_index", AtomicType.STRING, STRING, STRING, INT),
        StringFunctionRow.withDefault("overlay", "overlay", AtomicType.STRING, Literal.of(-1), STRING, STRING, INT,
            INT),
        new StringFunctionRow("btrim", "trim", AtomicType.STRING, List.of(STRING, STRING), 1, null, false)
            .definition(),
        StringFunctionRow.of("space", "space", AtomicType.STRING, INT),
        StringFunctionRow.of("lcase", "lower", AtomicType.STRING, STRING),
        StringFunctionRow.of("ucase", "upper", AtomicType.STRING, STRING));
  }
}
