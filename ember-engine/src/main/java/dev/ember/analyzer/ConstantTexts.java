package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of a constant text argument Spark evaluates when it analyzes a call (a foldable format:
 * {@code to_binary(s, concat('utf', '-8'))}): a string literal, or concat, substring (substr), replace, lower and
 * upper of constant texts and integers, computed as Spark computes them; empty for anything else (a NULL too).
 */
final class ConstantTexts {
  private ConstantTexts() {
  }

  static Optional<String> value(BoundExpression expression) {
    if (expression instanceof Literal literal) {
      return literal.value() instanceof String text ? Optional.of(text) : Optional.empty();
    }
    if (expression instanceof BoundCast cast && cast.dataType() == AtomicType.STRING
        && cast.child() instanceof Literal literal && literal.value() instanceof String text) {
      return Optional.of(text);
    }
    if (!(expression instanceof Call call)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (BoundExpression argument : call.arguments()) {
      Optional<String> text = argument.dataType() == AtomicType.STRING ? value(argument)
          : argument instanceof Literal literal && literal.value() instanceof Integer number
          ? Optional.of(number.toString()) : Optional.empty();
      if (text.isEmpty()) {
        return Optional.empty();
      }
      texts.add(text.get());
    }
    return switch (call.function()) {
      case "concat" -> Optional.of(String.join("", texts));
      case "lower" -> texts.size() == 1 ? Optional.of(texts.get(0).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
      case "upper" -> texts.size() == 1 ? Optional.of(texts.get(0).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
      case "replace" -> texts.size() >= 2 && !texts.get(1).isEmpty()
          ? Optional.of(texts.get(0).replace(texts.get(1), texts.size() > 2 ? texts.get(2) : "")) : Optional.empty();
      case "substring", "substr" -> texts.size() == 3 ? Optional.of(substring(texts.get(0),
          Integer.parseInt(texts.get(1)), Integer.parseInt(texts.get(2)))) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** Spark's UTF8String.substringSQL: 1-based, 0 as 1, a negative start from the end (in code points). */
  private static String substring(String text, int position, int length) {
    int[] codePoints = text.codePoints().toArray();
    int start = position > 0 ? position - 1 : position < 0 ? codePoints.length + position : 0;
    long end = length == Integer.MAX_VALUE ? Long.MAX_VALUE : (long) start + length;
    int from = Math.max(start, 0);
    int to = (int) Math.min(end, codePoints.length);
    return from >= to ? "" : new String(codePoints, from, to - from);
  }
}
