package dev.ember.catalog;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;

/**
 * The catalogs of a session, as Spark's CatalogManager keeps them: {@code spark_catalog} (the warehouse), and the
 * catalogs {@code spark.sql.catalog.<name>} configures, each loaded when the session first makes it current; one of
 * them is the current catalog. Ember holds tables, views and functions only in {@code spark_catalog}.
 */
public final class SessionCatalogs {
  private static final String CONF_PREFIX = "spark.sql.catalog.";

  private final Set<String> loaded = new ConcurrentSkipListSet<>();
  /** The configured catalogs loaded so far, by name (Spark's in-memory plugins, which Ember serves). */
  private final Map<String, MemoryCatalog> memoryCatalogs = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile String current = TableName.CATALOG;

  public String current() {
    return current;
  }

  /**
   * {@code SET CATALOG name}, {@code spark.catalog().setCurrentCatalog(name)}: CATALOG_NOT_FOUND unless the catalog is
   * {@code spark_catalog} or configured ({@code conf} reads the session's confs); true when the current catalog
   * changed (Spark then starts again from the default database).
   */
  public boolean setCurrent(String name, Function<String, Optional<String>> conf) {
    if (current.equals(name)) {
      return false;
    }
    if (!name.equalsIgnoreCase(TableName.CATALOG)) {
      configured(name, conf).orElseThrow(() -> notFound(name));
    }
    current = name.equalsIgnoreCase(TableName.CATALOG) ? TableName.CATALOG : name;
    return true;
  }

  /**
   * The catalog {@code spark.sql.catalog.<name>} configures, loaded on first use (as Spark's CatalogManager loads a
   * plugin); empty for {@code spark_catalog} and for a name no conf sets.
   */
  public Optional<MemoryCatalog> configured(String name, Function<String, Optional<String>> conf) {
    if (name.equalsIgnoreCase(TableName.CATALOG)) {
      return Optional.empty();
    }
    MemoryCatalog catalog = memoryCatalogs.get(name);
    if (catalog != null) {
      return Optional.of(catalog);
    }
    Optional<String> plugin = conf.apply(CONF_PREFIX + name);
    if (plugin.isEmpty()) {
      return Optional.empty();
    }
    MemoryCatalog loadedCatalog = memoryCatalogs.computeIfAbsent(name, ignored -> MemoryCatalog.load(name, plugin.get()));
    loaded.add(name);
    return Optional.of(loadedCatalog);
  }

  /** The catalogs loaded so far that Ember holds in memory. */
  public java.util.Collection<MemoryCatalog> memoryCatalogs() {
    return memoryCatalogs.values();
  }

  /** {@code spark.catalog().listCatalogs()}: the loaded catalogs and {@code spark_catalog}, in name order. */
  public List<String> names() {
    Set<String> names = new TreeSet<>(loaded);
    names.add(TableName.CATALOG);
    return List.copyOf(names);
  }

  public void copyFrom(SessionCatalogs source) {
    // a configured catalog's tables stay the source's (Spark's clone loads its plugins afresh)
    loaded.addAll(source.loaded);
    current = source.current;
  }

  /** CATALOG_NOT_FOUND, as Spark's CatalogManager raises it for a catalog no conf names. */
  public static EmberException notFound(String name) {
    String quoted = Identifiers.quoteNameParts(List.of(name));
    String config = "\"" + CONF_PREFIX + name + "\"";
    return new EmberException(ErrorKind.CATALOG_NOT_FOUND, "CATALOG_NOT_FOUND", "42P08", "The catalog " + quoted
        + " not found. Consider to set the SQL config " + config + " to a catalog plugin.",
        Map.of("catalogName", quoted, "config", config));
  }
}
