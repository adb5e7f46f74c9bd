package dev.ember.analyzer;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FieldAccess;

/**
 * An operator's input planned by {@link TimeWindowPlanning}: the scope its expressions resolve against and, when
 * the window became a column of its own (sliding or session windows), the bound window call and that column.
 */
record WindowedInput(Scope scope, Call window, Attribute column) {
  /** The expression with the window call read from the window's column. */
  BoundExpression replace(BoundExpression expression) {
    if (window == null) {
      return expression;
    }
    return replace(expression, window, new ColumnReference(column));
  }

  /** Whether the window is a session window in its own column (which an aggregation merges). */
  boolean session() {
    return window != null && window.function().equals(SessionWindows.FUNCTION);
  }

  static BoundExpression replace(BoundExpression expression, BoundExpression target, BoundExpression replacement) {
    if (expression.equals(target)) {
      return replacement;
    }
    if (expression instanceof Call call) {
      return new Call(call.function(), call.arguments().stream()
          .map(argument -> replace(argument, target, replacement)).toList(), call.dataType(), call.nullable());
    }
    if (expression instanceof BoundCast cast) {
      return new BoundCast(replace(cast.child(), target, replacement), cast.dataType(), cast.tryCast());
    }
    if (expression instanceof FieldAccess access) {
      return new FieldAccess(replace(access.child(), target, replacement), access.fieldName(), access.dataType(),
          access.nullable());
    }
    return expression;
  }
}
