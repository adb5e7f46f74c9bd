package dev.ember.analyzer;

import dev.ember.catalog.CatalogRelation;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.ViewSchemaMode;
import dev.ember.engine.EngineSession;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;
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
    java.util.Map<String, String> viewConfs = java.util.Map.of();
    // columns are qualified by a temporary view's name, a table's or view's full name (t.c, db.t.c, spark_catalog.db.t.c)
    List<String> qualifier = List.of(name);
    if (found.get() instanceof CatalogRelation.Memory memory) {
      // a configured catalog's table: its columns qualified by cat.ns.t, as Spark's v2 relations are
      plan = new dev.ember.plan.logical.SessionTableRead(memory.table().storage(), memory.table().schema());
      qualifier = memory.table().parts();
    } else if (found.get() instanceof CatalogRelation.TemporaryView view) {
      analyzer.readTemporaryView(dev.ember.plan.expressions.Identifiers.quoteNameParts(relation.nameParts()));
      plan = view.plan();
      boolean global = relation.nameParts().size() == 2
          && dev.ember.catalog.Views.isGlobalTempNamespace(relation.nameParts().get(0));
      viewConfs = (global ? session.globalTempViews().definition(name) : session.tempViewDefinition(name))
          .map(dev.ember.catalog.Views.SqlDefinition::sqlConfigs).orElse(java.util.Map.of());
    } else {
      CatalogRelation.Persistent persistent = (CatalogRelation.Persistent) found.get();
      plan = persistent.table().isView() ? persistent.viewQuery() : persistent.table().read();
      frozenPath = persistent.table().frozenPath();
      qualifier = persistent.table().name().parts();
      viewConfs = persistent.table().isView() ? persistent.table().sqlConfigs() : java.util.Map.of();
    }
    Optional<dev.ember.catalog.SqlPath> path = frozenPath;
    // a view's query resolves under the SQL confs it captured
    Scope resolved = analyzer.underViewConfs(viewConfs, () -> analyzer.alongPath(path, () -> analyzer.resolve(plan)));
    if (found.get() instanceof CatalogRelation.Persistent persistent && persistent.table().isView()) {
      resolved = persistentView(analyzer, session, persistent.table(), resolved);
    }
    if (found.get() instanceof CatalogRelation.Persistent persistent && !persistent.table().isView()) {
      // a table's file metadata columns stay reachable (t._metadata); a view hides them, as Spark's
      Scope table = CharVarcharReads.declared(analyzer,
          ColumnEditing.aliasWithMetadata(analyzer, resolved, qualifier), persistent.table().schema());
      noteComments(analyzer, persistent.table(), table.output());
      return new Scope(table.plan(), java.util.Map.of(), table.hiddenIds(), java.util.Set.of());
    }
    Scope aliased = Scope.of(ColumnEditing.alias(resolved, qualifier).plan());
    if (found.get() instanceof CatalogRelation.Persistent persistent) {
      noteComments(analyzer, persistent.table(), aliased.output());
    }
    return aliased;
  }

  /** The catalog's comments of a table's or view's columns, carried by the columns read. */
  private static void noteComments(Analyzer analyzer, dev.ember.catalog.CatalogTable table, List<
      dev.ember.plan.resolved.Attribute> columns) {
    columns.forEach(column -> table.columnComment(column.name())
        .ifPresent(comment -> analyzer.noteColumnComment(column, comment)));
  }

  /** A persistent view's columns over its resolved query, as its schema mode binds them; an evolving one syncs. */
  private static Scope persistentView(Analyzer analyzer, EngineSession session, dev.ember.catalog.CatalogTable view,
      Scope query) {
    var conf = session.conf();
    ViewSchemaMode mode = view.schemaMode(conf.viewSchemaBindingEnabled());
    // the view's columns match its query's as the view's captured case sensitivity says
    boolean caseSensitive = java.util.Optional.ofNullable(view.sqlConfigs().get(
        dev.ember.engine.SessionConf.CASE_SENSITIVE)).map(value -> Boolean.parseBoolean(value.trim()))
        .orElse(conf.caseSensitive());
    Scope columns = mode == ViewSchemaMode.EVOLUTION ? query
        : ViewColumns.project(analyzer, query, view, mode, conf.viewSchemaCompensation(), caseSensitive);
    if (mode == ViewSchemaMode.EVOLUTION || mode == ViewSchemaMode.TYPE_EVOLUTION) {
      ViewSchemaEvolution.sync(analyzer, session.catalog(), view, mode, columns.output(), conf.caseSensitive());
    }
    return columns;
  }
}
