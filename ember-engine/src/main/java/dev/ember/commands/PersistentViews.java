package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.TableKind;
import dev.ember.catalog.TableName;
import dev.ember.catalog.ViewSchemaErrors;
import dev.ember.catalog.ViewSchemaMode;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.CreateView;
import dev.ember.plan.command.DropView;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistent views: CREATE [OR REPLACE] VIEW keeps the query's text and its columns in the warehouse's catalog
 * (the query is analyzed first, so its errors are the statement's); DROP VIEW of a name that is no temporary view.
 */
final class PersistentViews {
  private PersistentViews() {
  }

  static void create(EngineSession session, CreateView view) {
    boolean bindingEnabled = session.conf().viewSchemaBindingEnabled();
    if (view.schemaMode().isPresent() && !bindingEnabled) {
      throw ViewSchemaErrors.bindingNotEnabled();
    }
    ViewSchemaMode mode = ViewSchemaMode.forNewView(view.schemaMode().map(ViewSchemaMode::of),
        view.columnNames().isPresent(), bindingEnabled, session.conf().viewSchemaCompensation());
    create(session, view, mode == ViewSchemaMode.UNSUPPORTED ? Optional.empty() : Optional.of(mode.text()));
  }

  /**
   * ALTER VIEW v AS query (Spark's AlterViewAsCommand): the view made again over the new query, keeping the schema
   * mode it has ({@code keptMode}, none for a view that keeps none while schema binding is off).
   */
  static void replaceQuery(EngineSession session, CreateView view, Optional<String> keptMode) {
    create(session, view, keptMode);
  }

  /** The view made, keeping {@code mode} as its schema mode (or none). */
  private static void create(EngineSession session, CreateView view, Optional<String> mode) {
    SessionCatalog catalog = session.catalog();
    TableName name = Tables.qualify(catalog, view.nameParts());
    catalog.requireDatabase(name.database());
    Analyzer analyzer = new Analyzer(session);
    dev.ember.plan.resolved.ResolvedPlan analyzed = analyzer.analyze(view.query());
    StructType schema = Analyzer.declaredSchemaOf(analyzed);
    List<String> queryColumns = schema.fields().stream().map(StructField::name).toList();
    analyzer.temporaryObjectsRead().stream().findFirst().ifPresent(temporary -> {
      throw CatalogErrors.temporaryObjectReference("VIEW", name.quoted(), temporary.kind(), temporary.quotedName());
    });
    if (view.columnNames().isPresent()) {
      List<String> columns = view.columnNames().get();
      if (columns.size() != schema.fields().size()) {
        throw TempViews.arityMismatch(name.quoted(), columns, schema);
      }
      List<StructField> renamed = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        StructField field = schema.fields().get(i);
        renamed.add(new StructField(columns.get(i), field.dataType(), field.nullable()));
      }
      schema = new StructType(renamed);
    }
    // a column's COMMENT, else the one of the table's or view's column it reads as it is (Spark's column metadata)
    Map<String, String> comments = new java.util.HashMap<>();
    for (int i = 0; i < schema.fields().size(); i++) {
      String column = schema.fields().get(i).name();
      dev.ember.plan.resolved.Attribute read = analyzed.output().get(i);
      Optional.ofNullable(view.columnComments().get(column)).or(() -> analyzer.columnComment(read))
          .ifPresent(comment -> comments.put(column, comment));
    }
    CatalogTable entry = new CatalogTable(name, TableKind.VIEW, schema, List.of(), Optional.empty(), "", Map.of(), Optional.empty(),
        view.properties(), view.comment(), Optional.of(view.text()),
        viewConfs(session, view, queryColumns, mode),
        System.currentTimeMillis(), comments, Optional.empty());
    catalog.warehouse().update(state -> {
      Optional<CatalogTable> existing = state.table(name);
      if (existing.isPresent()) {
        if (view.ifNotExists()) {
          return state;
        }
        if (!view.replace()) {
          throw CatalogErrors.viewExists(name);
        }
        if (!existing.get().isView()) {
          throw CatalogErrors.expectViewNotTable("CREATE OR REPLACE VIEW", name, false);
        }
      }
      return state.withTable(entry);
    });
  }

  /**
   * What a view keeps of the session that created it: its schema mode, its query's column names, the SQL confs it
   * captures, the SQL path its names resolve along.
   */
  private static Map<String, String> viewConfs(EngineSession session, CreateView view, List<String> queryColumns,
      Optional<String> mode) {
    SessionCatalog catalog = session.catalog();
    Map<String, String> confs = CatalogTable.withQueryColumnNames(Map.of(), queryColumns);
    mode.ifPresent(text -> confs.put(CatalogTable.SCHEMA_MODE, text));
    CapturedConfs.of(session).forEach((key, value) -> confs.put(CatalogTable.SQL_CONFIG_PREFIX + key, value));
    if (view.query() instanceof dev.ember.plan.logical.DefaultCollation collated) {
      confs.put(CatalogTable.DEFAULT_COLLATION, collated.collation());
    }
    confs.put(CatalogTable.SQL_PATH, catalog.frozenPathText());
    return confs;
  }

  /** DROP VIEW of a persistent view; false when there is none. */
  static boolean drop(EngineSession session, DropView drop) {
    SessionCatalog catalog = session.catalog();
    Optional<CatalogTable> view = catalog.persistent(drop.nameParts());
    if (view.isEmpty()) {
      return false;
    }
    if (!view.get().isView()) {
      throw Tables.wrongCommand("DROP VIEW", view.get().name(), "VIEW or METRIC_VIEW", view.get().kind().name(),
          "DROP TABLE");
    }
    catalog.warehouse().update(state -> state.withoutTable(view.get().name()));
    return true;
  }
}
