package dev.ember.catalog;

/** Spark's {@code CatalogTableType}: a table whose files the warehouse owns, one over files elsewhere, or a view. */
public enum TableKind {
  MANAGED, EXTERNAL, VIEW
}
