package dev.ember.engine.functions;

import dev.ember.engine.functions.NumberFormatToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Spark number format of {@code to_number} / {@code to_char} ({@code 999G999D99S}, {@code $0.00},
 * {@code 9PR}, ...), read case-insensitively into tokens; {@link #problem()} is Spark's check of it
 * (an {@code INVALID_FORMAT} sub-condition), {@link #precision()} and {@link #scale()} the decimal
 * type {@code to_number} gives.
 */
public final class NumberFormat {
  private final String text;
  private final List<NumberFormatToken> tokens;

  public NumberFormat(String format) {
    this.text = format.toUpperCase(Locale.ROOT);
    this.tokens = grouped(read(text));
  }

  List<NumberFormatToken> tokens() {
    return tokens;
  }

  /** The format as Spark quotes it in errors: upper case. */
  public String text() {
    return text;
  }

  public int precision() {
    return tokens.stream().filter(token -> token.kind() == Kind.DIGIT_GROUPS)
        .mapToInt(NumberFormatToken::digitCount).sum();
  }

  public int scale() {
    int point = indexOf(Kind.DECIMAL_POINT);
    return point < 0 ? 0 : tokens.subList(point, tokens.size()).stream()
        .filter(token -> token.kind() == Kind.DIGIT_GROUPS).mapToInt(NumberFormatToken::digitCount).sum();
  }

  int indexOf(Kind kind) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static List<NumberFormatToken> read(String format) {
    List<NumberFormatToken> tokens = new ArrayList<>();
    boolean afterPoint = false;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c == '0' || c == '9') {
        int start = i;
        do {
          i++;
        } while (i < format.length() && (format.charAt(i) == '0' || format.charAt(i) == '9'));
        tokens.add(NumberFormatToken.digits(c == '0' && !afterPoint ? Kind.EXACT_DIGITS : Kind.AT_MOST_DIGITS,
            i - start));
        continue;
      }
      boolean pair = i + 1 < format.length();
      if (c == 'M' && pair && format.charAt(i + 1) == 'I') {
        tokens.add(NumberFormatToken.of(Kind.MINUS));
        i += 2;
        continue;
      }
      if (c == 'P' && pair && format.charAt(i + 1) == 'R') {
        tokens.add(0, NumberFormatToken.of(Kind.OPENING_BRACKET));
        tokens.add(NumberFormatToken.of(Kind.CLOSING_BRACKET));
        i += 2;
        continue;
      }
      switch (c) {
        case '.', 'D' -> {
          tokens.add(NumberFormatToken.of(Kind.DECIMAL_POINT));
          afterPoint = true;
        }
        case ',', 'G' -> tokens.add(NumberFormatToken.of(Kind.THOUSANDS_SEPARATOR));
        case '$' -> tokens.add(NumberFormatToken.of(Kind.DOLLAR_SIGN));
        case 'S' -> tokens.add(NumberFormatToken.of(Kind.PLUS_OR_MINUS));
        default -> tokens.add(NumberFormatToken.unrecognized(c));
      }
      i++;
    }
    return tokens;
  }

  /** Consecutive digit runs and thousands separators become one group, kept right to left. */
  private static List<NumberFormatToken> grouped(List<NumberFormatToken> tokens) {
    List<NumberFormatToken> result = new ArrayList<>();
    List<NumberFormatToken> group = new ArrayList<>();
    for (NumberFormatToken token : tokens) {
      if (token.isDigits() || token.kind() == Kind.THOUSANDS_SEPARATOR) {
        group.add(0, token);
        continue;
      }
      if (!group.isEmpty()) {
        result.add(NumberFormatToken.groups(group));
        group = new ArrayList<>();
      }
      result.add(token);
    }
    if (!group.isEmpty()) {
      result.add(NumberFormatToken.groups(group));
    }
    return List.copyOf(result);
  }

  /** Spark's check of the format: the INVALID_FORMAT sub-condition and the token it names, if any. */
  public Optional<NumberFormatProblem> problem() {
    return NumberFormatProblem.of(this);
  }
}
