package dev.ember.analyzer;

import dev.ember.catalog.CatalogRelation;
import dev.ember.catalog.CatalogErrors;
import dev.ember.engine.EngineSession;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Optional;

/**
 * A relation's name ({@code spark.table(name)}, SQL's FROM): through the session's catalog — a temporary view
 * (or {@code global_temp.name}), else a persistent view, analyzed afresh from its text, else a table, read from its
 * files with the catalog's schema — its columns qualified by its name; {@code format.`path`} reads files.
 */
final class RelationResolver {
  private RelationResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, UnresolvedRelation relation) {
    String name = relation.nameParts().get(relation.nameParts().size() - 1);
    Optional<CatalogRelation> found = session.catalog().lookup(relation.nameParts(), analyzer.resolutionPath());
    if (found.isEmpty()) {
      return SqlOnFiles.read(relation.nameParts()).map(read -> analyzer.resolve(read))
          .orElseThrow(() -> CatalogErrors.tableNotFound(relation.nameParts(), analyzer.searchPath()));
    }
    analyzer.readSqlData();
    LogicalPlan plan;
    Optional<dev.ember.catalog.SqlPath> frozenPath = Optional.empty();
    // columns are qualified by a temporary view's name, a table's or view's full name (t.c, db.t.c, spark_catalog.db.t.c)
    List<String> qualifier = List.of(name);
    if (found.get() instanceof CatalogRelation.Memory memory) {
      // a configured catalog's table: its columns qualified by cat.ns.t, as Spark's v2 relations are
      plan = new dev.ember.plan.logical.SessionTableRead(memory.table().storage(), memory.table().schema());
      qualifier = memory.table().parts();
    } else if (found.get() instanceof CatalogRelation.TemporaryView view) {
      analyzer.readTemporaryView(dev.ember.plan.expressions.Identifiers.quoteNameParts(relation.nameParts()));
      plan = view.plan();
    } else {
      CatalogRelation.Persistent persistent = (CatalogRelation.Persistent) found.get();
      plan = persistent.table().isView() && persistent.table().schemaMode().equals("EVOLUTION")
          ? persistent.viewQuery()
          : persistent.table().isView()
          ? new ToDF(persistent.viewQuery(), persistent.table().schema().fields().stream().map(StructField::name).toList())
          : persistent.table().read();
      frozenPath = persistent.table().frozenPath();
      qualifier = persistent.table().name().parts();
    }
    Scope resolved = analyzer.alongPath(frozenPath, () -> analyzer.resolve(plan));
    if (found.get() instanceof CatalogRelation.Persistent persistent && !persistent.table().isView()) {
      // a table's file metadata columns stay reachable (t._metadata); a view hides them, as Spark's
      Scope table = CharVarcharReads.declared(analyzer,
          ColumnEditing.aliasWithMetadata(analyzer, resolved, qualifier), persistent.table().schema());
      return new Scope(table.plan(), java.util.Map.of(), table.hiddenIds(), java.util.Set.of());
    }
    return Scope.of(ColumnEditing.alias(resolved, qualifier).plan());
  }
}
