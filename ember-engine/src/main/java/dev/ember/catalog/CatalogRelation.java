package dev.ember.catalog;

import dev.ember.plan.logical.LogicalPlan;

/** What a relation's name resolves to: a temporary view's plan, or a persistent table or view of the warehouse. */
public sealed interface CatalogRelation {
  /** A temporary view (the session's, or a global one read as {@code global_temp.name}). */
  record TemporaryView(String name, LogicalPlan plan) implements CatalogRelation {
  }

  /** A table of a catalog Ember holds in memory ({@link MemoryCatalog}). */
  record Memory(MemoryTable table) implements CatalogRelation {
  }

  /** A table or view of the warehouse's catalog. */
  record Persistent(CatalogTable table) implements CatalogRelation {
    /** A view's query, parsed from its text again. */
    public LogicalPlan viewQuery() {
      LogicalPlan query = SqlTexts.viewQuery(table.viewText().orElseThrow(), table.name());
      return table.defaultCollation().<LogicalPlan>map(collation ->
          new dev.ember.plan.logical.DefaultCollation(query, collation)).orElse(query);
    }
  }
}
