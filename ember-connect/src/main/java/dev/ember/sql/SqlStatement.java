package dev.ember.sql;

import dev.ember.plan.command.Command;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;

/**
 * A parsed SQL statement: a query (rows the client reads later), a command (run when it is sent) or EXECUTE IMMEDIATE.
 */
public sealed interface SqlStatement {
  /** {@code SELECT ...}, {@code VALUES ...}, {@code TABLE t}, {@code WITH ... SELECT ...}. */
  record Query(LogicalPlan plan) implements SqlStatement {
  }

  /** {@code SET}, {@code CREATE TEMPORARY VIEW}, {@code SHOW TABLES}, ... */
  record Run(Command command) implements SqlStatement {
  }

  /**
   * {@code EXECUTE IMMEDIATE text [INTO variables] [USING arguments]}: {@code text} (a string constant or variable) is
   * known only when the statement runs, and is parsed then with the arguments (named by their aliases) bound to its
   * parameter markers.
   */
  record ExecuteImmediate(Expression text, List<Expression> arguments, List<List<String>> into)
      implements SqlStatement {
    public ExecuteImmediate {
      arguments = List.copyOf(arguments);
      into = into.stream().map(List::copyOf).toList();
    }
  }
}
