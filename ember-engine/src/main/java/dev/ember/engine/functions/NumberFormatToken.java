package dev.ember.engine.functions;

import java.util.List;

/**
 * One element of a Spark number format ({@code to_number}, {@code to_char}): a run of digits, a sign,
 * a separator, or — after grouping — a {@link Kind#DIGIT_GROUPS} of digit runs and thousands
 * separators, kept right to left (an input's leading digits may then be fewer than the format's).
 */
record NumberFormatToken(Kind kind, int digits, char character, List<NumberFormatToken> group) {

  enum Kind {
    /** {@code 0} runs before the decimal point: exactly this many digits. */
    EXACT_DIGITS("digit sequence"),
    /** {@code 9} runs, or {@code 0} runs after the decimal point: at most this many digits. */
    AT_MOST_DIGITS("digit sequence"),
    DECIMAL_POINT(". or D"),
    THOUSANDS_SEPARATOR(", or G"),
    DIGIT_GROUPS("digit sequence"),
    DOLLAR_SIGN("$"),
    /** {@code S}: an optional + or -. */
    PLUS_OR_MINUS("S"),
    /** {@code MI}: an optional -. */
    MINUS("MI"),
    /** {@code PR}: a negative number between angle brackets. */
    OPENING_BRACKET("PR"),
    CLOSING_BRACKET("PR"),
    UNRECOGNIZED(null);

    private final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  static NumberFormatToken of(Kind kind) {
    return new NumberFormatToken(kind, 0, ' ', List.of());
  }

  static NumberFormatToken digits(Kind kind, int count) {
    return new NumberFormatToken(kind, count, ' ', List.of());
  }

  static NumberFormatToken unrecognized(char character) {
    return new NumberFormatToken(Kind.UNRECOGNIZED, 0, character, List.of());
  }

  static NumberFormatToken groups(List<NumberFormatToken> rightToLeft) {
    return new NumberFormatToken(Kind.DIGIT_GROUPS, 0, ' ', List.copyOf(rightToLeft));
  }

  boolean isDigits() {
    return kind == Kind.EXACT_DIGITS || kind == Kind.AT_MOST_DIGITS;
  }

  /** The digit runs of a group, right to left. */
  List<NumberFormatToken> digitRuns() {
    return group.stream().filter(NumberFormatToken::isDigits).toList();
  }

  /** How many digits a group stands for. */
  int digitCount() {
    return digitRuns().stream().mapToInt(NumberFormatToken::digits).sum();
  }

  /** As Spark names the token in its format errors. */
  String describe() {
    return kind == Kind.UNRECOGNIZED ? "character '" + character + "''" : kind.text;
  }
}
