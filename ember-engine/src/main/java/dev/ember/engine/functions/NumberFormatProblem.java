package dev.ember.engine.functions;

import dev.ember.engine.functions.NumberFormatToken.Kind;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with a number format, as Spark's check reports it: the sub-condition of
 * {@code INVALID_FORMAT} and, for {@code WRONG_NUM_TOKEN} and {@code UNEXPECTED_TOKEN}, the token.
 */
public record NumberFormatProblem(String subCondition, String token) {
  /** The order tokens must come in: {@code [PR] [MI|S] [$] [digits] [.] [digits] [$] [PR|MI|S]}. */
  private static final List<List<Kind>> ORDER = List.of(
      List.of(Kind.OPENING_BRACKET),
      List.of(Kind.MINUS, Kind.PLUS_OR_MINUS),
      List.of(Kind.DOLLAR_SIGN),
      List.of(Kind.DIGIT_GROUPS),
      List.of(Kind.DECIMAL_POINT),
      List.of(Kind.DIGIT_GROUPS),
      List.of(Kind.DOLLAR_SIGN),
      List.of(Kind.MINUS, Kind.PLUS_OR_MINUS, Kind.CLOSING_BRACKET));
  private static final List<Kind> AT_MOST_ONCE = List.of(Kind.DECIMAL_POINT, Kind.PLUS_OR_MINUS, Kind.MINUS,
      Kind.DOLLAR_SIGN, Kind.CLOSING_BRACKET);

  static Optional<NumberFormatProblem> of(NumberFormat format) {
    List<NumberFormatToken> tokens = format.tokens();
    int dollar = format.indexOf(Kind.DOLLAR_SIGN);
    int firstDigits = format.indexOf(Kind.DIGIT_GROUPS);
    int point = format.indexOf(Kind.DECIMAL_POINT);
    if (format.text().isEmpty()) {
      return problem("EMPTY");
    }
    if (firstDigits < 0) {
      return problem("WRONG_NUM_DIGIT");
    }
    if (firstDigits < dollar) {
      return problem("CUR_MUST_BEFORE_DIGIT");
    }
    if (point >= 0 && point < dollar) {
      return problem("CUR_MUST_BEFORE_DEC");
    }
    for (int i = 0; i < tokens.size(); i++) {
      NumberFormatToken token = tokens.get(i);
      if (token.kind() == Kind.DIGIT_GROUPS && (point < 0 || i < point) && separatorsApart(token.group())) {
        return problem("CONT_THOUSANDS_SEPS");
      }
    }
    for (int i = point + 1; point >= 0 && i < tokens.size(); i++) {
      NumberFormatToken token = tokens.get(i);
      if (token.kind() == Kind.DIGIT_GROUPS && token.group().size() > token.digitRuns().size()) {
        return problem("THOUSANDS_SEPS_MUST_BEFORE_DEC");
      }
    }
    for (Kind kind : AT_MOST_ONCE) {
      if (tokens.stream().filter(token -> token.kind() == kind).count() > 1) {
        return Optional.of(new NumberFormatProblem("WRONG_NUM_TOKEN", NumberFormatToken.of(kind).describe()));
      }
    }
    int index = 0;
    for (List<Kind> allowed : ORDER) {
      if (index < tokens.size() && allowed.contains(tokens.get(index).kind())) {
        index++;
      }
    }
    if (index < tokens.size()) {
      return Optional.of(new NumberFormatProblem("UNEXPECTED_TOKEN", tokens.get(index).describe()));
    }
    return Optional.empty();
  }

  /** A separator at either end of a group, or next to another separator. */
  private static boolean separatorsApart(List<NumberFormatToken> group) {
    for (int j = 0; j < group.size(); j++) {
      if (group.get(j).kind() != Kind.THOUSANDS_SEPARATOR) {
        continue;
      }
      if (j == 0 || j == group.size() - 1 || group.get(j - 1).kind() == Kind.THOUSANDS_SEPARATOR
          || group.get(j + 1).kind() == Kind.THOUSANDS_SEPARATOR) {
        return true;
      }
    }
    return false;
  }

  private static Optional<NumberFormatProblem> problem(String subCondition) {
    return Optional.of(new NumberFormatProblem(subCondition, null));
  }
}
