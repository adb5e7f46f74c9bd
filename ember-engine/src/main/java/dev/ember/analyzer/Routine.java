package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import java.util.Optional;

/** A function a call's name resolved to: a built-in one, or a SQL function (temporary or persistent). */
record Routine(Optional<FunctionDefinition> builtin, Optional<SqlFunction> sql) {
  static Routine of(FunctionDefinition definition) {
    return new Routine(Optional.of(definition), Optional.empty());
  }

  static Routine of(SqlFunction function) {
    return new Routine(Optional.empty(), Optional.of(function));
  }
}
