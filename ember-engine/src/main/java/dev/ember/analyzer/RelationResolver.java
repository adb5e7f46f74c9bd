package dev.ember.analyzer;

import dev.ember.catalog.Views;
import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;

/**
 * {@code spark.table(name)}: a temporary view (or {@code global_temp.name}, a global one), analyzed afresh, its columns
 * qualified by its name.
 */
final class RelationResolver {
  private RelationResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, UnresolvedRelation relation) {
    String name = relation.nameParts().get(relation.nameParts().size() - 1);
    LogicalPlan view = switch (relation.nameParts().size()) {
      case 1 -> session.tempView(name).orElse(null);
      case 2 -> Views.isGlobalTempNamespace(relation.nameParts().get(0))
          ? session.globalTempViews().get(name).orElse(null) : null;
      default -> null;
    };
    if (view == null) {
      return SqlOnFiles.read(relation.nameParts()).map(read -> analyzer.resolve(read))
          .orElseThrow(() -> SparkErrors.tableOrViewNotFound(relation.nameParts()));
    }
    Scope resolved = analyzer.resolve(view);
    return Scope.of(ColumnEditing.alias(resolved, name).plan());
  }
}
