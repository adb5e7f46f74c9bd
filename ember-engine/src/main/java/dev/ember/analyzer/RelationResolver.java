package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;

/** {@code spark.table(name)}: a temporary view, analyzed afresh, its columns qualified by its name. */
final class RelationResolver {
  private RelationResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, UnresolvedRelation relation) {
    String name = relation.nameParts().get(relation.nameParts().size() - 1);
    LogicalPlan view = relation.nameParts().size() == 1 ? session.tempView(name).orElse(null) : null;
    if (view == null) {
      throw SparkErrors.tableOrViewNotFound(relation.nameParts());
    }
    Scope resolved = analyzer.resolve(view);
    return Scope.of(ColumnEditing.alias(resolved, name).plan());
  }
}
