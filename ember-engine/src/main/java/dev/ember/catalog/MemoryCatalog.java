package dev.ember.catalog;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A catalog a {@code spark.sql.catalog.<name>} conf configures with one of Spark's in-memory catalogs
 * ({@code org.apache.spark.sql.connector.catalog.InMemoryTableCatalog} and its kin, which Spark's own tests use):
 * namespaces and tables held for the session, as Spark's plugin instance holds them, tables keyed by their
 * identifier as written. Like Spark's, a table may sit in a namespace never created, or directly in the catalog.
 */
public final class MemoryCatalog {
  private static final String PACKAGE = "org.apache.spark.sql.connector.catalog.";
  /** Spark's in-memory catalog plugins, served by this class. */
  private static final Set<String> PLUGINS = Set.of(PACKAGE + "InMemoryTableCatalog",
      PACKAGE + "InMemoryRowLevelOperationTableCatalog", PACKAGE + "InMemoryPartitionTableCatalog",
      PACKAGE + "StagingInMemoryTableCatalog", PACKAGE + "InMemoryProcedureCatalog",
      PACKAGE + "InMemoryTableWithV2FilterCatalog");

  private final String name;
  private final String plugin;
  private final Map<Key, MemoryTable> tables = new ConcurrentHashMap<>();
  private final Set<List<String>> namespaces = ConcurrentHashMap.newKeySet();
  /** The counter of the catalog's procedure {@code dummy.increment}. */
  private final AtomicInteger increments = new AtomicInteger();

  private record Key(List<String> namespace, String name) {
  }

  private MemoryCatalog(String name, String plugin) {
    this.name = name;
    this.plugin = plugin;
  }

  /**
   * The catalog {@code name} whose conf names {@code pluginClass}: CATALOG_PLUGIN_CLASS_NOT_FOUND for a plugin Ember
   * does not have (any other than Spark's in-memory ones), as Spark fails when the class is not on its classpath.
   */
  static MemoryCatalog load(String name, String pluginClass) {
    if (!PLUGINS.contains(pluginClass.trim())) {
      throw new EmberException(ErrorKind.SPARK, "_LEGACY_ERROR_TEMP_2215", null, "Cannot find catalog plugin class for "
          + "catalog '" + name + "': " + pluginClass + ".", Map.of("name", name, "pluginClassName", pluginClass));
    }
    return new MemoryCatalog(name, pluginClass.trim());
  }

  public String name() {
    return name;
  }

  /** MERGE INTO (and UPDATE, DELETE): the tables of Spark's InMemoryRowLevelOperationTableCatalog support them. */
  public boolean supportsRowLevelOperations() {
    return plugin.equals(PACKAGE + "InMemoryRowLevelOperationTableCatalog");
  }

  public Optional<MemoryTable> table(List<String> namespace, String table) {
    return Optional.ofNullable(tables.get(new Key(namespace, table)));
  }

  /** Adds a table: TABLE_OR_VIEW_ALREADY_EXISTS when its identifier is taken. */
  public void create(MemoryTable table) {
    if (tables.putIfAbsent(new Key(table.namespace(), table.name()), table) != null) {
      throw CatalogErrors.tableExists(table.identifierQuoted());
    }
    // the namespace stays when its tables are dropped, as in Spark's in-memory catalog
    namespaces.add(table.namespace());
  }

  /** Puts a table in place of the one of its identifier (a replace, or rows stored anew). */
  public void put(MemoryTable table) {
    tables.put(new Key(table.namespace(), table.name()), table);
  }

  public Optional<MemoryTable> drop(List<String> namespace, String table) {
    return Optional.ofNullable(tables.remove(new Key(namespace, table)));
  }

  /** The tables of a namespace ({@code []}: the catalog's own), by name. */
  public List<MemoryTable> tables(List<String> namespace) {
    if (!namespace.isEmpty() && !namespaceExists(namespace)) {
      throw namespaceNotFound(namespace);
    }
    List<MemoryTable> found = new ArrayList<>();
    tables.forEach((key, table) -> {
      if (key.namespace().equals(namespace)) {
        found.add(table);
      }
    });
    found.sort(Comparator.comparing(MemoryTable::name));
    return found;
  }

  public void createNamespace(List<String> namespace) {
    namespaces.add(List.copyOf(namespace));
  }

  /** A namespace exists when created, or when a table sits in it or below it. */
  public boolean namespaceExists(List<String> namespace) {
    return namespaces.contains(namespace) || tables.keySet().stream().anyMatch(key -> key.namespace().size()
        >= namespace.size() && key.namespace().subList(0, namespace.size()).equals(namespace));
  }

  /** The procedure {@code dummy.increment()} of Spark's in-memory catalogs: the catalog's counter, incremented. */
  public int increment() {
    return increments.incrementAndGet();
  }

  /** Every session table holding rows of this catalog's tables (dropped with the session). */
  public List<String> storages() {
    return tables.values().stream().map(MemoryTable::storage).toList();
  }

  private EmberException namespaceNotFound(List<String> namespace) {
    List<String> parts = new ArrayList<>();
    parts.add(name);
    parts.addAll(namespace);
    return CatalogErrors.schemaNotFoundNamed(Identifiers.quoteNameParts(parts));
  }
}
