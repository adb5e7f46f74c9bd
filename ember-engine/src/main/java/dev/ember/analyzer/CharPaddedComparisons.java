package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.OuterReference;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CharVarcharType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparisons Spark's {@code ApplyCharTypePadding} pads (with read-side padding, as by default): a char column
 * compared with a string constant longer than its length is padded to the constant's length, a shorter constant to
 * the column's; of two char columns of different lengths, the shorter is padded to the longer; {@code c IN (...)} of
 * string constants pads all to the longest. Only a column itself (or an outer reference to one) is padded:
 * {@code upper(c) = upper(d)} compares the values as they are.
 */
final class CharPaddedComparisons {
  private static final Set<String> COMPARISONS = Set.of("=", "==", "<=>", "<", "<=", ">", ">=");

  private CharPaddedComparisons() {
  }

  /** The comparison's two arguments, padded where Spark pads them; any other call's as they are. */
  static List<BoundExpression> padded(String function, List<BoundExpression> arguments) {
    if (function.equals("in")) {
      return inList(arguments);
    }
    if (!COMPARISONS.contains(function) || arguments.size() != 2) {
      return arguments;
    }
    BoundExpression left = arguments.get(0);
    BoundExpression right = arguments.get(1);
    Optional<Integer> leftLength = charLength(left);
    Optional<Integer> rightLength = charLength(right);
    if (leftLength.isPresent() && rightLength.isPresent()) {
      int target = Math.max(leftLength.get(), rightLength.get());
      return List.of(padTo(left, leftLength.get(), target), padTo(right, rightLength.get(), target));
    }
    if (leftLength.isPresent() && right instanceof Literal literal && literal.value() instanceof String text) {
      return withConstant(left, leftLength.get(), literal, text);
    }
    if (rightLength.isPresent() && left instanceof Literal literal && literal.value() instanceof String text) {
      List<BoundExpression> padded = withConstant(right, rightLength.get(), literal, text);
      return List.of(padded.get(1), padded.get(0));
    }
    return arguments;
  }

  /** {@code c IN ('a', ...)} of a char column and string constants: all padded to the longest's length. */
  private static List<BoundExpression> inList(List<BoundExpression> arguments) {
    Optional<Integer> length = charLength(arguments.get(0));
    if (length.isEmpty() || !arguments.stream().skip(1).allMatch(CharPaddedComparisons::stringConstant)) {
      return arguments;
    }
    int target = length.get();
    for (BoundExpression item : arguments.subList(1, arguments.size())) {
      if (((Literal) item).value() instanceof String text) {
        target = Math.max(target, text.codePointCount(0, text.length()));
      }
    }
    List<BoundExpression> padded = new java.util.ArrayList<>();
    padded.add(padTo(arguments.get(0), length.get(), target));
    for (BoundExpression item : arguments.subList(1, arguments.size())) {
      Literal literal = (Literal) item;
      padded.add(literal.value() instanceof String text ? paddedConstant(literal, text, target) : literal);
    }
    return padded;
  }

  /** A string constant (a NULL of no type is none: Spark pads no list holding one). */
  private static boolean stringConstant(BoundExpression item) {
    return item instanceof Literal literal && literal.dataType() == AtomicType.STRING;
  }

  private static Literal paddedConstant(Literal literal, String text, int length) {
    int textLength = text.codePointCount(0, text.length());
    return textLength >= length ? literal : new Literal(text + " ".repeat(length - textLength), literal.dataType());
  }

  /** The column and the constant, the shorter padded to the longer's length. */
  private static List<BoundExpression> withConstant(BoundExpression column, int length, Literal literal,
      String text) {
    int textLength = text.codePointCount(0, text.length());
    if (length < textLength) {
      return List.of(rpad(column, textLength), literal);
    }
    if (length > textLength) {
      return List.of(column, paddedConstant(literal, text, length));
    }
    return List.of(column, literal);
  }

  private static BoundExpression padTo(BoundExpression column, int length, int target) {
    return target > length ? rpad(column, target) : column;
  }

  private static BoundExpression rpad(BoundExpression value, int length) {
    return new Call("rpad", List.of(value, Literal.of(length), Literal.of(" ")), value.dataType(), value.nullable());
  }

  /** The length of the char column the expression reads, if it reads one as it is. */
  private static Optional<Integer> charLength(BoundExpression expression) {
    Attribute attribute = expression instanceof ColumnReference reference ? reference.attribute()
        : expression instanceof OuterReference outer ? outer.attribute() : null;
    if (attribute == null || attribute.dataType() != AtomicType.STRING) {
      return Optional.empty();
    }
    return attribute.declaredType().filter(type -> type instanceof CharVarcharType declared && declared.fixedLength())
        .map(type -> ((CharVarcharType) type).length());
  }
}
