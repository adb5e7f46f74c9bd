package dev.ember.catalog;

import java.util.Locale;
import java.util.Map;

/** A database (namespace) of the session catalog: its comment, its directory and its properties. */
public record CatalogDatabase(String name, String comment, String location, Map<String, String> properties) {
  public static final String DEFAULT = "default";
  /** The property a schema's DEFAULT COLLATION is kept in (Spark's reserved namespace property). */
  public static final String COLLATION = "collation";

  public CatalogDatabase {
    name = name.toLowerCase(Locale.ROOT);
    properties = Map.copyOf(properties);
  }
}
