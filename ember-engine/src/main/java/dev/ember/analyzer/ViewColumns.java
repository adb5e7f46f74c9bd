package dev.ember.analyzer;

import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.ViewSchemaErrors;
import dev.ember.catalog.ViewSchemaMode;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A persistent view's columns over its query, as Spark's SessionCatalog.fromCatalogTable builds them: each of the
 * view's columns is the query's column of the name the query had when the view was created (the n-th of equal
 * names, Spark's GetViewColumnByNameAndOrdinal), cast to the view's type as its schema mode says — up-cast (BINDING),
 * cast under ANSI (COMPENSATION), or taken as it is (TYPE EVOLUTION) — and named as the view names it.
 */
final class ViewColumns {
  private ViewColumns() {
  }

  static Scope project(Analyzer analyzer, Scope query, CatalogTable view, ViewSchemaMode mode,
      boolean compensation, boolean caseSensitive) {
    List<StructField> fields = view.schema().fields();
    List<String> names = view.queryColumnNames();
    boolean byPosition = !view.viewConfs().containsKey(CatalogTable.QUERY_COLUMN_COUNT)
        || names.size() != fields.size();
    Function<String, String> normalize = caseSensitive ? Function.identity()
        : name -> name.toLowerCase(Locale.ROOT);
    Map<String, Integer> counts = new HashMap<>();
    names.forEach(name -> counts.merge(normalize.apply(name), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    List<NamedExpression> columns = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = byPosition ? fields.get(i).name() : names.get(i);
      String key = normalize.apply(name);
      int ordinal = seen.merge(key, 1, Integer::sum) - 1;
      int position = i;
      // a view an older Ember kept without its query's column names reads them by position
      List<Attribute> candidates = byPosition
          ? (position < query.output().size() ? List.of(query.output().get(position)) : List.of())
          : query.output().stream().filter(attribute -> normalize.apply(attribute.name()).equals(key)).toList();
      int expected = byPosition ? 1 : counts.get(key);
      if (candidates.size() != expected) {
        throw ViewSchemaErrors.incompatibleChange(view.name(), name, expected,
            candidates.stream().map(Attribute::name).toList(), recreate(view));
      }
      Attribute column = candidates.get(byPosition ? 0 : ordinal);
      // a stored char or varchar type is a string value (its declared type is the catalog's)
      BoundExpression value = cast(column, dev.ember.plan.types.CharVarcharType.asString(fields.get(i).dataType()),
          mode, compensation);
      columns.add(new NamedExpression(value, analyzer.newAttribute(fields.get(i).name(), value.dataType(),
          value.nullable())));
    }
    return query.withPlan(new Projection(query.plan(), columns));
  }

  private static BoundExpression cast(Attribute column, DataType type, ViewSchemaMode mode, boolean compensation) {
    BoundExpression reference = new ColumnReference(column);
    if (mode == ViewSchemaMode.TYPE_EVOLUTION || column.dataType().equals(type)) {
      return reference;
    }
    boolean upCast = mode == ViewSchemaMode.BINDING || mode == ViewSchemaMode.UNSUPPORTED && !compensation;
    if (upCast) {
      if (!UpCasts.canUpCast(column.dataType(), type)) {
        List<String> parts = new ArrayList<>(column.qualifier());
        parts.add(column.name());
        throw ViewSchemaErrors.cannotUpCast(String.join(".", parts), column.dataType(), type);
      }
    } else {
      CastChecks.check(column.name(), column.dataType(), type);
    }
    return new BoundCast(reference, type, false);
  }

  /** The statement Spark suggests to recreate a view whose query no longer fits it. */
  private static String recreate(CatalogTable view) {
    List<String> columns = view.schema().fields().stream().map(StructField::name).toList();
    String columnList = columns.equals(view.queryColumnNames()) ? " " : " (" + String.join(", ", columns) + ") ";
    return "CREATE OR REPLACE VIEW " + String.join(".", view.name().parts()) + columnList + "AS "
        + view.viewText().orElse("");
  }
}
