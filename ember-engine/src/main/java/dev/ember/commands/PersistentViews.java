package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.TableKind;
import dev.ember.catalog.TableName;
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
    SessionCatalog catalog = session.catalog();
    TableName name = Tables.qualify(catalog, view.nameParts());
    catalog.requireDatabase(name.database());
    Analyzer analyzer = new Analyzer(session);
    StructType schema = Analyzer.declaredSchemaOf(analyzer.analyze(view.query()));
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
    CatalogTable entry = new CatalogTable(name, TableKind.VIEW, schema, List.of(), Optional.empty(), "", Map.of(), Optional.empty(),
        view.properties(), view.comment(), Optional.of(view.text()),
        viewConfs(catalog, view),
        System.currentTimeMillis(), Map.of(), Optional.empty());
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

  /** What a view keeps of the session that created it: its schema mode, the SQL path its names resolve along. */
  private static Map<String, String> viewConfs(SessionCatalog catalog, CreateView view) {
    Map<String, String> confs = new java.util.HashMap<>();
    view.schemaMode().ifPresent(mode -> confs.put(CatalogTable.SCHEMA_MODE, mode));
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
