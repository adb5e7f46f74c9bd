package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a SQL script ({@code BEGIN ... END}), as Spark's SQL scripting runs it: a query or a command, a
 * compound block with its local variables and handlers, a branch, a loop, or a jump to a label. CASE statements are
 * branches ({@code CASE x WHEN v} compares {@code x = v}).
 */
public sealed interface ScriptStatement {
  /** A query: its rows are the script's result when no later query runs. */
  record Query(LogicalPlan plan) implements ScriptStatement {
  }

  /** A command ({@code DECLARE}, {@code SET}, {@code INSERT}, {@code CREATE TABLE}, ...). */
  record Run(Command command) implements ScriptStatement {
  }

  /**
   * {@code [label:] BEGIN ... END}: the variables it declares live until it ends; its handlers catch what its
   * statements raise.
   */
  record Block(Optional<String> label, List<ScriptStatement> body, List<Handler> handlers)
      implements ScriptStatement {
    public Block {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
    }
  }

  /** {@code IF c1 THEN ... ELSEIF c2 THEN ... ELSE ... END IF}: the first branch whose condition is true. */
  record If(List<Expression> conditions, List<List<ScriptStatement>> branches, List<ScriptStatement> otherwise)
      implements ScriptStatement {
    public If {
      conditions = List.copyOf(conditions);
      branches = branches.stream().map(List::copyOf).toList();
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code WHILE c DO ... END WHILE}, {@code REPEAT ... UNTIL c END REPEAT} and {@code LOOP ... END LOOP}. */
  record Loop(Optional<String> label, Kind kind, Optional<Expression> condition, List<ScriptStatement> body)
      implements ScriptStatement {
    /** When the condition is checked: before each pass (WHILE), after it (REPEAT), never (LOOP). */
    public enum Kind { WHILE, REPEAT, LOOP }

    public Loop {
      body = List.copyOf(body);
    }
  }

  /** {@code FOR [name AS] query DO ... END FOR}: the body once per row, the row's columns as variables. */
  record For(Optional<String> label, Optional<String> variable, LogicalPlan query, List<ScriptStatement> body)
      implements ScriptStatement {
    public For {
      body = List.copyOf(body);
    }
  }

  /** {@code LEAVE label} ends the labelled block or loop; {@code ITERATE label} starts the loop's next pass. */
  record Jump(String label, boolean iterate) implements ScriptStatement {
  }

  /** {@code DECLARE EXIT HANDLER FOR conditions body} (Spark 4.2 has no CONTINUE handlers). */
  record Handler(List<HandlerCondition> conditions, Block body) {
    public Handler {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * What a handler catches: {@code SQLEXCEPTION} (any error), {@code NOT FOUND} (SQLSTATE class 02), one
   * SQLSTATE, or one error condition by name (a condition the script declares is matched by its name too).
   */
  record HandlerCondition(Kind kind, String value) {
    /** The kinds of condition a handler names. */
    public enum Kind { SQL_EXCEPTION, NOT_FOUND, SQLSTATE, CONDITION }
  }
}
