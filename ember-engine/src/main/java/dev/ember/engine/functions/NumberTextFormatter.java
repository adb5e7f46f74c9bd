package dev.ember.engine.functions;

import dev.ember.engine.functions.NumberFormatToken.Kind;
import java.math.BigDecimal;

/**
 * Writes a decimal by a {@link NumberFormat}, as Spark's {@code to_char}: digits fill the format's
 * digit positions (unused leading {@code 9}s become spaces, {@code 0}s zeros; a number with more
 * digits than the format is all {@code #}), signs and brackets go where the format puts them, next
 * to the first digit rather than after padding spaces.
 */
final class NumberTextFormatter {
  private final NumberFormat format;
  private final boolean negative;
  private final StringBuilder result = new StringBuilder();
  private String integerDigits;
  private String fractionDigits;
  private int integerIndex;
  private int fractionIndex;

  private NumberTextFormatter(NumberFormat format, BigDecimal value) {
    this.format = format;
    this.negative = value.signum() < 0;
    split(value);
  }

  static String format(NumberFormat format, BigDecimal value) {
    return new NumberTextFormatter(format, value).format();
  }

  /** The digits before and after the point, padded to the format's digit counts (or all {@code #}). */
  private void split(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String integer = (point < 0 ? plain : plain.substring(0, point)).replaceFirst("^0+", "");
    String fraction = point < 0 ? "" : plain.substring(point + 1).replaceFirst("0+$", "");
    int integerPlaces = 0;
    int fractionPlaces = 0;
    boolean afterPoint = false;
    for (NumberFormatToken token : format.tokens()) {
      if (token.kind() == Kind.DECIMAL_POINT) {
        afterPoint = true;
      } else if (token.kind() == Kind.DIGIT_GROUPS && afterPoint) {
        fractionPlaces += token.digitCount();
      } else if (token.kind() == Kind.DIGIT_GROUPS) {
        integerPlaces += token.digitCount();
      }
    }
    if (integerPlaces < integer.length() || fractionPlaces < fraction.length()) {
      integer = "#".repeat(integerPlaces);
      fraction = "#".repeat(fractionPlaces);
    }
    integerDigits = " ".repeat(integerPlaces - integer.length()) + integer;
    fractionDigits = fraction + "0".repeat(fractionPlaces - fraction.length());
  }

  private String format() {
    boolean afterPoint = false;
    for (NumberFormatToken token : format.tokens()) {
      switch (token.kind()) {
        case DIGIT_GROUPS -> digitGroups(token, afterPoint);
        case DECIMAL_POINT -> {
          if (!result.isEmpty() && result.charAt(result.length() - 1) == ' ') {
            result.setCharAt(result.length() - 1, '0');
          }
          result.append('.');
          afterPoint = true;
        }
        case DOLLAR_SIGN -> result.append('$');
        case PLUS_OR_MINUS -> {
          stripLonePoint();
          appendBeforeSpaces(negative ? '-' : '+');
        }
        case MINUS -> {
          if (negative) {
            stripLonePoint();
            appendBeforeSpaces('-');
          } else {
            result.append(' ');
          }
        }
        case OPENING_BRACKET -> {
          if (negative) {
            result.append('<');
          }
        }
        case CLOSING_BRACKET -> {
          stripLonePoint();
          if (negative) {
            appendBeforeSpaces('>');
          } else {
            result.append("  ");
          }
        }
        default -> throw new IllegalStateException("unchecked format token " + token);
      }
    }
    stripLonePoint();
    String text = result.toString();
    return text.isEmpty() || text.equals("+") || text.equals("-") ? "0" : text;
  }

  /** The group's runs and separators left to right. */
  private void digitGroups(NumberFormatToken groups, boolean afterPoint) {
    for (int i = groups.group().size() - 1; i >= 0; i--) {
      NumberFormatToken token = groups.group().get(i);
      if (token.kind() == Kind.THOUSANDS_SEPARATOR) {
        if (!result.isEmpty() && Character.isDigit(result.charAt(result.length() - 1))) {
          result.append(',');
        } else {
          appendSpaceBeforeSigns();
        }
      } else if (afterPoint) {
        for (int d = 0; d < token.digits(); d++) {
          result.append(fractionDigits.charAt(fractionIndex++));
        }
      } else {
        for (int d = 0; d < token.digits(); d++) {
          char digit = integerDigits.charAt(integerIndex++);
          if (digit != ' ') {
            result.append(digit);
          } else if (token.kind() == Kind.EXACT_DIGITS) {
            result.append('0');
          } else {
            appendSpaceBeforeSigns();
          }
        }
      }
    }
  }

  /** Appends a sign or bracket, moving it left past the spaces before it. */
  private void appendBeforeSpaces(char character) {
    result.append(character);
    for (int i = result.length() - 1; i >= 1 && result.charAt(i - 1) == ' ' && result.charAt(i) == character; i--) {
      result.setCharAt(i, ' ');
      result.setCharAt(i - 1, character);
    }
  }

  /** Appends a space, moving it left past the signs and opening bracket before it. */
  private void appendSpaceBeforeSigns() {
    result.append(' ');
    for (int i = result.length() - 1; i >= 1 && isSignOrBracket(result.charAt(i - 1)) && result.charAt(i) == ' '; i--) {
      result.setCharAt(i, result.charAt(i - 1));
      result.setCharAt(i - 1, ' ');
    }
  }

  private static boolean isSignOrBracket(char c) {
    return c == '+' || c == '-' || c == '<';
  }

  /** A point at the end or followed by a space becomes a space. */
  private void stripLonePoint() {
    int point = result.indexOf(".");
    if (point >= 0 && (point == result.length() - 1 || result.charAt(point + 1) == ' ')) {
      result.setCharAt(point, ' ');
    }
  }
}
