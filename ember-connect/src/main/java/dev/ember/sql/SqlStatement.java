package dev.ember.sql;

import dev.ember.plan.command.Command;
import dev.ember.plan.logical.LogicalPlan;

/** A parsed SQL statement: a query (rows the client reads later) or a command (run when it is sent). */
public sealed interface SqlStatement {
  /** {@code SELECT ...}, {@code VALUES ...}, {@code TABLE t}, {@code WITH ... SELECT ...}. */
  record Query(LogicalPlan plan) implements SqlStatement {
  }

  /** {@code SET}, {@code CREATE TEMPORARY VIEW}, {@code SHOW TABLES}, ... */
  record Run(Command command) implements SqlStatement {
  }
}
