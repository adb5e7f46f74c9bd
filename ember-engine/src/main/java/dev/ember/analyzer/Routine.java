package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import java.util.Optional;

/**
 * A function a call's name resolved to: a built-in one, a SQL function (temporary or persistent), a user-defined
 * function on the JVM a session registered, or a function builder it registered.
 */
record Routine(Optional<FunctionDefinition> builtin, Optional<SqlFunction> sql,
    Optional<dev.ember.plan.usercode.ScalarUserFunction> user,
    Optional<dev.ember.plan.usercode.FunctionBuilder> builder) {
  static Routine of(FunctionDefinition definition) {
    return new Routine(Optional.of(definition), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Routine of(SqlFunction function) {
    return new Routine(Optional.empty(), Optional.of(function), Optional.empty(), Optional.empty());
  }

  static Routine of(dev.ember.plan.usercode.ScalarUserFunction function) {
    return new Routine(Optional.empty(), Optional.empty(), Optional.of(function), Optional.empty());
  }

  static Routine of(dev.ember.plan.usercode.FunctionBuilder builder) {
    return new Routine(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(builder));
  }
}
