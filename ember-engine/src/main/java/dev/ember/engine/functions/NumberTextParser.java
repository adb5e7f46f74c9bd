package dev.ember.engine.functions;

import dev.ember.engine.functions.NumberFormatToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text by a {@link NumberFormat}, as Spark's {@code to_number}: the format's tokens are
 * matched in order — digit groups (spaces inside are skipped, each group between separators at most
 * as long as the format's, a {@code 0} group exactly as long), an optional sign, {@code $},
 * brackets — and the whole text must be used. Empty when it does not match.
 */
final class NumberTextParser {
  private final NumberFormat format;
  private final String input;
  private final StringBuilder integerDigits = new StringBuilder();
  private final StringBuilder fractionDigits = new StringBuilder();
  private int position;
  private boolean afterPoint;
  private boolean negative;

  private NumberTextParser(NumberFormat format, String input) {
    this.format = format;
    this.input = input;
  }

  /** The number, or null when the text does not match the format. */
  static BigDecimal parse(NumberFormat format, String input) {
    return new NumberTextParser(format, input).parse();
  }

  private BigDecimal parse() {
    boolean opened = false;
    boolean closed = false;
    for (NumberFormatToken token : format.tokens()) {
      boolean more = position < input.length();
      char next = more ? input.charAt(position) : 0;
      switch (token.kind()) {
        case DIGIT_GROUPS -> {
          if (!digitGroups(token)) {
            return null;
          }
        }
        case DECIMAL_POINT -> {
          if (more && next == '.') {
            afterPoint = true;
            position++;
          }
        }
        case DOLLAR_SIGN -> {
          if (more && next != '$') {
            return null;
          }
          position += more ? 1 : 0;
        }
        case PLUS_OR_MINUS, MINUS -> {
          if (more && (next == '-' || next == '+' && token.kind() == Kind.PLUS_OR_MINUS)) {
            negative ^= next == '-';
            position++;
          }
        }
        case OPENING_BRACKET -> {
          if (more && next == '<') {
            if (opened) {
              return null;
            }
            opened = true;
            position++;
          }
        }
        case CLOSING_BRACKET -> {
          if (more && next == '>') {
            if (!opened) {
              return null;
            }
            closed = true;
            negative = !negative;
            position++;
          }
        }
        default -> throw new IllegalStateException("unchecked format token " + token);
      }
    }
    if (position < input.length() || opened != closed || integerDigits.isEmpty() && fractionDigits.isEmpty()) {
      return null;
    }
    String fraction = fractionDigits + "0".repeat(format.scale() - fractionDigits.length());
    return new BigDecimal((negative ? "-" : "") + integerDigits + (fraction.isEmpty() ? "" : "." + fraction));
  }

  /** Consumes digits, spaces and commas; each run between commas must fit the format's run, right to left. */
  private boolean digitGroups(NumberFormatToken groups) {
    List<Integer> sizes = new ArrayList<>();
    int current = 0;
    while (position < input.length()) {
      char c = input.charAt(position);
      if (Character.isDigit(c)) {
        current++;
        (afterPoint ? fractionDigits : integerDigits).append(c);
      } else if (c == ',') {
        sizes.add(0, current);
        current = 0;
      } else if (!Character.isWhitespace(c)) {
        break;
      }
      position++;
    }
    sizes.add(0, current);
    List<NumberFormatToken> expected = groups.digitRuns();
    if (sizes.size() > expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      int actual = i < sizes.size() ? sizes.get(i) : 0;
      NumberFormatToken run = expected.get(i);
      if (run.kind() == Kind.EXACT_DIGITS ? actual != run.digits() : actual > run.digits()) {
        return false;
      }
    }
    return true;
  }
}
