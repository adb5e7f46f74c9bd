package dev.ember.analyzer;

import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.ViewSchemaMode;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spark's ViewSyncSchemaToMetaStore: a view WITH SCHEMA EVOLUTION or TYPE EVOLUTION read over a query whose columns
 * changed keeps their new types and nullability (EVOLUTION also their names, number and comments, as its query's
 * column names) in the catalog.
 */
final class ViewSchemaEvolution {
  private ViewSchemaEvolution() {
  }

  /** Records the view's columns as {@code output} gives them, if they changed; a name twice is COLUMN_ALREADY_EXISTS. */
  static void sync(Analyzer analyzer, SessionCatalog catalog, CatalogTable view, ViewSchemaMode mode,
      List<Attribute> output, boolean caseSensitive) {
    List<StructField> fields = view.schema().fields();
    boolean evolution = mode == ViewSchemaMode.EVOLUTION;
    boolean changed = evolution && fields.size() != output.size();
    for (int i = 0; i < Math.min(fields.size(), output.size()); i++) {
      StructField field = fields.get(i);
      Attribute column = output.get(i);
      changed |= !field.dataType().equals(column.dataType()) || field.nullable() != column.nullable()
          || evolution && (!field.name().equals(column.name())
          || !view.columnComment(field.name()).equals(analyzer.columnComment(column)));
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
      // the query's columns' comments too (a TYPE EVOLUTION view keeps its own)
      Map<String, String> comments = new HashMap<>();
      output.forEach(column -> analyzer.columnComment(column).ifPresent(comment -> comments.put(column.name(),
          comment)));
      synced = synced.withViewConfs(CatalogTable.withQueryColumnNames(view.viewConfs(), names))
          .withColumnComments(comments);
    }
    CatalogTable updated = synced;
    catalog.warehouse().update(state -> state.table(view.name()).filter(CatalogTable::isView).isPresent()
        ? state.withTable(updated) : state);
  }
}
