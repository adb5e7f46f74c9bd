package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.QualifyColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code SELECT ... QUALIFY condition}: the rows whose window functions satisfy the condition, as Spark filters
 * them after the select list's windows and before DISTINCT and ORDER BY. The condition is computed beside the select
 * list (where it can name the list's aliases), the rows filtered by it, and the column dropped.
 */
final class SqlQualify {
  private SqlQualify() {
  }

  /** The select list with the condition as its last column; QUALIFY_REQUIRES_WINDOW_FUNCTION without a window. */
  static List<Expression> withCondition(List<Expression> selectList, Expression condition) {
    if (selectList.stream().noneMatch(SqlQualify::hasWindow) && !hasWindow(condition)) {
      throw new EmberException(ErrorKind.ANALYSIS, "QUALIFY_REQUIRES_WINDOW_FUNCTION", "42903",
          "The QUALIFY clause requires at least one window function in the SELECT column list or the QUALIFY "
              + "clause.", Map.of());
    }
    List<Expression> extended = new ArrayList<>(selectList);
    extended.add(new Alias(condition, QualifyColumn.NAME));
    return extended;
  }

  /** The rows of {@code selected} (whose last column is the condition) that satisfy it, without that column. */
  static LogicalPlan filtered(LogicalPlan selected) {
    Filter kept = new Filter(selected, UnresolvedAttribute.of(QualifyColumn.NAME));
    return new Project(kept, List.of(new UnresolvedStar(List.of(), OptionalLong.empty(),
        List.of(List.of(QualifyColumn.NAME)))));
  }

  private static boolean hasWindow(Expression expression) {
    if (expression instanceof WindowExpression) {
      return true;
    }
    if (expression instanceof UnresolvedFunction function) {
      return function.arguments().stream().anyMatch(SqlQualify::hasWindow);
    }
    if (expression instanceof Alias alias) {
      return hasWindow(alias.child());
    }
    if (expression instanceof Cast cast) {
      return hasWindow(cast.child());
    }
    return false;
  }
}
