package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A binary field's text in what to_xml and to_csv write: as Spark's writers format binaries (ToStringBase's binary
 * formatter), in the session's {@code spark.sql.binaryOutputStyle} — unset or UTF-8, the bytes read as UTF-8 (a
 * cast to string); BASIC, the signed bytes in brackets; BASE64 without padding; HEX; HEX_DISCRETE, spaced in
 * brackets. The functions bind the field as {@code binary_output_text(bytes)}; {@link #withStyle} then gives it the
 * session's style.
 */
final class BinaryOutputStyles {
  /** A binary's text in a binary output style: {@code binary_output_text(bytes[, style])}. */
  private static final String BINARY_TEXT = "binary_output_text";
  private static final Set<String> WRITERS = Set.of("to_xml", "to_csv");

  private BinaryOutputStyles() {
  }

  /** A binary field's text, its style not yet known. */
  static BoundExpression text(BoundExpression bytes) {
    return new Call(BINARY_TEXT, List.of(bytes), AtomicType.STRING, true);
  }

  /** A to_xml or to_csv call with its binary fields' text in {@code style} (the session's conf, when set). */
  static BoundExpression withStyle(BoundExpression bound, Optional<String> style) {
    if (!(bound instanceof Call call && WRITERS.contains(call.function()))) {
      return bound;
    }
    String name = style.map(value -> value.trim().toUpperCase(Locale.ROOT)).orElse("UTF-8");
    List<BoundExpression> arguments = new ArrayList<>();
    for (BoundExpression argument : call.arguments()) {
      if (argument instanceof Call text && text.function().equals(BINARY_TEXT) && text.arguments().size() == 1) {
        BoundExpression bytes = text.argument(0);
        argument = name.equals("UTF-8") ? new BoundCast(bytes, AtomicType.STRING, false)
            : new Call(BINARY_TEXT, List.of(bytes, Literal.of(name)), AtomicType.STRING, true);
      }
      arguments.add(argument);
    }
    return new Call(call.function(), arguments, call.dataType(), call.nullable());
  }
}
