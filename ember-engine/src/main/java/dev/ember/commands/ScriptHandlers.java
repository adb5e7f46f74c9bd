package dev.ember.commands;

import dev.ember.plan.command.ScriptStatement;
import dev.ember.plan.command.ScriptStatement.HandlerCondition;
import dev.ember.plan.errors.EmberException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which handler of a SQL script's block catches an error, as Spark chooses: the one naming the error's condition,
 * else the one naming its SQLSTATE, else NOT FOUND (SQLSTATE class 02) or SQLEXCEPTION (any other class but 00 and
 * 01). An error without an error class counts as an internal error (SQLSTATE XX000).
 */
final class ScriptHandlers {
  private ScriptHandlers() {
  }

  static Optional<ScriptStatement.Handler> matching(List<ScriptStatement.Handler> handlers, RuntimeException error) {
    String condition = error instanceof EmberException ember && ember.hasErrorClass() ? ember.errorClass() : "";
    String state = error instanceof EmberException ember && ember.sqlState() != null ? ember.sqlState() : "XX000";
    ScriptStatement.Handler best = null;
    int bestRank = 0;
    for (ScriptStatement.Handler handler : handlers) {
      for (HandlerCondition caught : handler.conditions()) {
        int rank = rank(caught, condition, state);
        if (rank > bestRank) {
          best = handler;
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** How closely a handler's condition names the error: 0 when it does not. */
  private static int rank(HandlerCondition caught, String condition, String state) {
    String upper = condition.toUpperCase(Locale.ROOT);
    switch (caught.kind()) {
      case CONDITION:
        return upper.equals(caught.value()) || upper.startsWith(caught.value() + ".") ? 4 : 0;
      case SQLSTATE:
        return state.equalsIgnoreCase(caught.value()) ? 3 : 0;
      case NOT_FOUND:
        return state.startsWith("02") ? 2 : 0;
      default:
        return state.startsWith("00") || state.startsWith("01") || state.startsWith("02") ? 0 : 1;
    }
  }
}
