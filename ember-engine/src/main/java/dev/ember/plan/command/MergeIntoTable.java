package dev.ember.plan.command;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code MERGE INTO target USING source ON condition WHEN ...} and {@code df.mergeInto(target, condition)}: the
 * source's rows matched to the target's; each kind of clause in its order, the first whose condition holds acting.
 */
public record MergeIntoTable(List<String> target, Optional<String> targetAlias, LogicalPlan source,
    Expression condition, List<Action> matched, List<Action> notMatched, List<Action> notMatchedBySource,
    boolean schemaEvolution) implements Command {
  public MergeIntoTable {
    target = List.copyOf(target);
    Objects.requireNonNull(targetAlias, "targetAlias");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(condition, "condition");
    matched = List.copyOf(matched);
    notMatched = List.copyOf(notMatched);
    notMatchedBySource = List.copyOf(notMatchedBySource);
  }

  /** What a clause does: delete, insert or update, with its assignments (none for the {@code *} forms). */
  public enum ActionType {
    DELETE, INSERT, INSERT_STAR, UPDATE, UPDATE_STAR
  }

  /** A target column (by name) and the value it takes. */
  public record Assignment(List<String> column, Expression value) {
    public Assignment {
      column = List.copyOf(column);
    }
  }

  /** A WHEN clause: its action, its condition (AND ...) if any, its assignments. */
  public record Action(ActionType type, Optional<Expression> condition, List<Assignment> assignments) {
    public Action {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(condition, "condition");
      assignments = List.copyOf(assignments);
    }
  }
}
