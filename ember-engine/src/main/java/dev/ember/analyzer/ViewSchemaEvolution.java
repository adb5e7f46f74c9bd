package dev.ember.analyzer;

import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.ViewSchemaMode;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spark's ViewSyncSchemaToMetaStore: a view WITH SCHEMA EVOLUTION or TYPE EVOLUTION read over a query whose columns
 * changed keeps their new types (EVOLUTION also their names and number, as its query's column names) in the catalog.
 */
final class ViewSchemaEvolution {
  private ViewSchemaEvolution() {
  }

  /** Records the view's columns as {@code output} gives them, if they changed; a name twice is COLUMN_ALREADY_EXISTS. */
  static void sync(SessionCatalog catalog, CatalogTable view, ViewSchemaMode mode, List<Attribute> output,
      boolean caseSensitive) {
    List<StructField> fields = view.schema().fields();
    boolean evolution = mode == ViewSchemaMode.EVOLUTION;
    boolean changed = evolution && fields.size() != output.size();
    for (int i = 0; i < Math.min(fields.size(), output.size()); i++) {
      changed |= evolution && !fields.get(i).name().equals(output.get(i).name())
          || !fields.get(i).dataType().equals(output.get(i).dataType());
    }
    if (!changed) {
      return;
    }
    List<String> names = output.stream().map(Attribute::name).toList();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(caseSensitive ? name : name.toLowerCase(Locale.ROOT))) {
        throw SparkErrors.columnAlreadyExists(name);
      }
    }
    StructType schema = new StructType(output.stream()
        .map(attribute -> new StructField(attribute.name(), attribute.dataType(), attribute.nullable())).toList());
    CatalogTable synced = view.withSchema(schema);
    if (evolution) {
      synced = synced.withViewConfs(CatalogTable.withQueryColumnNames(view.viewConfs(), names));
    }
    CatalogTable updated = synced;
    catalog.warehouse().update(state -> state.table(view.name()).filter(CatalogTable::isView).isPresent()
        ? state.withTable(updated) : state);
  }
}
