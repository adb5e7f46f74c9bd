package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code spark.table(name)}: a temporary view, analyzed afresh, its columns qualified by its name. */
final class RelationResolver {
  private RelationResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, UnresolvedRelation relation) {
    String name = relation.nameParts().get(relation.nameParts().size() - 1);
    LogicalPlan view = relation.nameParts().size() == 1 ? session.tempView(name).orElse(null) : null;
    if (view == null) {
      throw tableOrViewNotFound(relation);
    }
    Scope resolved = analyzer.resolve(view);
    return Scope.of(ColumnEditing.alias(resolved, name).plan());
  }

  private static EmberException tableOrViewNotFound(UnresolvedRelation relation) {
    String quoted = Identifiers.quoteNameParts(relation.nameParts());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("relationName", quoted);
    parameters.put("searchPath", SparkErrors.SEARCH_PATH);
    return new EmberException(ErrorKind.ANALYSIS, "TABLE_OR_VIEW_NOT_FOUND", "42P01",
        "The table or view " + quoted + " cannot be found. Verify the spelling and correctness of the schema and "
            + "catalog.",
        parameters);
  }
}
