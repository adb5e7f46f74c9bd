package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.AlterViewQuery;
import dev.ember.plan.logical.DefaultCollation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.StructType;
import java.util.Optional;

/**
 * {@code ALTER VIEW v AS query}: a temporary view of that name gets the new plan, else the persistent view the new
 * text and schema; the view's DEFAULT COLLATION applies to the new query as it did to the old, as Spark keeps it.
 */
final class ViewAlterations {
  private ViewAlterations() {
  }

  static void alter(EngineSession session, AlterViewQuery alter) {
    if (alter.nameParts().size() == 1) {
      Optional<LogicalPlan> temporary = session.tempView(alter.nameParts().get(0));
      if (temporary.isPresent()) {
        LogicalPlan query = withCollationOf(temporary.get(), alter.query());
        new Analyzer(session).analyze(query);
        session.createTempView(alter.nameParts().get(0), query, true);
        return;
      }
    }
    SessionCatalog catalog = session.catalog();
    CatalogTable view = catalog.requireTable(alter.nameParts());
    if (!view.isView()) {
      throw CatalogErrors.expectViewNotTable("ALTER VIEW ... AS", view.name(), false);
    }
    LogicalPlan query = view.defaultCollation().<LogicalPlan>map(collation -> new DefaultCollation(alter.query(),
        collation)).orElse(alter.query());
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(query));
    CatalogTable altered = new CatalogTable(view.name(), view.kind(), schema, view.partitionColumns(), view.buckets(),
        view.provider(), view.options(), view.location(), view.properties(), view.comment(),
        Optional.of(alter.text()), view.viewConfs(), view.createTime(), view.columnComments(), view.partitions());
    catalog.warehouse().update(state -> state.withTable(altered));
  }

  /** The new query of a temporary view under the old one's DEFAULT COLLATION, if it had one. */
  private static LogicalPlan withCollationOf(LogicalPlan old, LogicalPlan query) {
    LogicalPlan plan = old;
    while (plan instanceof dev.ember.plan.logical.ToDF toDF) {
      plan = toDF.input();
    }
    return plan instanceof DefaultCollation collated ? new DefaultCollation(query, collated.collation()) : query;
  }
}
