package dev.ember.catalog;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A session's view of the catalog, as Spark's SessionCatalog: its current database, its temporary views, the engine's
 * global ones, and the persistent tables and views of the warehouse. Names resolve as in Spark: a one-part name is a
 * temporary view first, then a table of the current database; {@code global_temp.v} a global temporary view;
 * {@code db.t} and {@code spark_catalog.db.t} a table of that database. Reads only what is in memory: no query runs.
 */
public final class SessionCatalog {
  private final Views tempViews;
  private final Views globalTempViews;
  private final Supplier<String> warehouseLocation;
  private final Supplier<Optional<String>> defaultPathConf;
  private final java.util.function.Function<String, Optional<String>> conf;
  private volatile String currentDatabase = CatalogDatabase.DEFAULT;
  /** The current namespace when a configured catalog is current (its default namespace: none). */
  private volatile List<String> currentNamespace = List.of();
  private final SessionCatalogs catalogs = new SessionCatalogs();
  /** The path SET PATH gave, or empty for the default path. */
  private volatile Optional<SqlPath> path = Optional.empty();

  public SessionCatalog(Views tempViews, Views globalTempViews, Supplier<String> warehouseLocation,
      Supplier<Optional<String>> defaultPathConf, java.util.function.Function<String, Optional<String>> conf) {
    this.conf = conf;
    this.tempViews = tempViews;
    this.globalTempViews = globalTempViews;
    this.warehouseLocation = warehouseLocation;
    this.defaultPathConf = defaultPathConf;
  }

  /** The session's SQL path: what SET PATH gave, else the default path. */
  public SqlPath path() {
    return path.orElseGet(this::defaultPath);
  }

  /** The session's path as Spark's not-found errors show it. */
  public String searchPath() {
    Optional<MemoryCatalog> current = currentMemoryCatalog();
    if (current.isPresent()) {
      List<String> schema = new java.util.ArrayList<>();
      schema.add(current.get().name());
      schema.addAll(currentNamespace);
      return "[`system`.`builtin`, `system`.`session`, " + Identifiers.quoteNameParts(schema) + "]";
    }
    return path().searchPath(currentDatabase);
  }

  /** The session's path as a view or SQL function created now keeps it: {@code CURRENT_SCHEMA} fixed, as text. */
  public String frozenPathText() {
    return path().frozen(currentDatabase).text(currentDatabase);
  }

  public SqlPath defaultPath() {
    return SqlPath.defaultPath(defaultPathConf.get());
  }

  /** SET PATH; {@code DEFAULT_PATH} alone goes back to following the default path. */
  public void setPath(Optional<SqlPath> newPath) {
    path = newPath;
  }

  /** The warehouse of {@code spark.sql.warehouse.dir} (opened lazily; nothing is created until something is). */
  public Warehouse warehouse() {
    return Warehouse.at(warehouseLocation.get());
  }

  public CatalogState state() {
    return warehouse().state();
  }

  public String currentDatabase() {
    return currentDatabase;
  }

  /**
   * {@code USE db}, {@code USE cat[.ns]}, {@code USE spark_catalog.db}, or {@code USE ns} of a configured catalog
   * current now: SCHEMA_NOT_FOUND unless the namespace exists.
   */
  public void setCurrentDatabase(List<String> nameParts) {
    Optional<MemoryCatalog> named = catalogs.configured(nameParts.get(0), conf);
    if (named.isPresent()) {
      List<String> namespace = requireNamespace(named.get(), nameParts.subList(1, nameParts.size()));
      catalogs.setCurrent(named.get().name(), conf);
      currentNamespace = namespace;
      return;
    }
    Optional<MemoryCatalog> current = currentMemoryCatalog();
    if (current.isPresent() && !(nameParts.size() == 2 && nameParts.get(0).equalsIgnoreCase(TableName.CATALOG))) {
      currentNamespace = requireNamespace(current.get(), nameParts);
      return;
    }
    String database = databaseName(nameParts);
    requireDatabase(database);
    catalogs.setCurrent(TableName.CATALOG, conf);
    currentDatabase = database;
  }

  private static List<String> requireNamespace(MemoryCatalog catalog, List<String> namespace) {
    if (!namespace.isEmpty() && !catalog.namespaceExists(namespace)) {
      List<String> parts = new java.util.ArrayList<>();
      parts.add(catalog.name());
      parts.addAll(namespace);
      throw CatalogErrors.schemaNotFoundNamed(Identifiers.quoteNameParts(parts));
    }
    return List.copyOf(namespace);
  }

  /** A configured catalog's current namespace (empty when none is set, or spark_catalog is current). */
  public List<String> currentNamespace() {
    return currentNamespace;
  }

  /** The configured catalog current now, if one is ({@code SET CATALOG cat}, {@code USE cat}). */
  public Optional<MemoryCatalog> currentMemoryCatalog() {
    return catalogs.current().equals(TableName.CATALOG) ? Optional.empty() : catalogs.configured(catalogs.current(), conf);
  }

  /** What current_schema() answers: the current database, or a configured catalog's current namespace. */
  public String currentSchemaName() {
    return currentMemoryCatalog().isPresent() ? String.join(".", currentNamespace) : currentDatabase;
  }

  /** The session's catalogs and its current catalog. */
  public SessionCatalogs catalogs() {
    return catalogs;
  }

  /**
   * The table a name of a configured catalog names ({@code cat.t}, {@code cat.ns.t}, a first part that is a
   * catalog {@code spark.sql.catalog.<cat>} configures), as Spark's CatalogManager resolves it: empty for any other
   * name.
   */
  public Optional<MemoryTableName> memoryTableName(List<String> nameParts) {
    String last = nameParts.get(nameParts.size() - 1);
    Optional<MemoryCatalog> named = nameParts.size() < 2 ? Optional.empty()
        : catalogs.configured(nameParts.get(0), conf);
    if (named.isPresent()) {
      return Optional.of(new MemoryTableName(named.get(), nameParts.subList(1, nameParts.size() - 1), last));
    }
    Optional<MemoryCatalog> current = currentMemoryCatalog();
    if (current.isEmpty() || nameParts.get(0).equalsIgnoreCase(TableName.CATALOG)
        || (nameParts.size() == 2 && Views.isGlobalTempNamespace(nameParts.get(0)))) {
      return Optional.empty();
    }
    // a name without a catalog is the current catalog's: one part in its current namespace, more from its root
    List<String> namespace = nameParts.size() == 1 ? currentNamespace : nameParts.subList(0, nameParts.size() - 1);
    return Optional.of(new MemoryTableName(current.get(), namespace, last));
  }

  /** The catalog a namespace's first part names, when a conf configures it ({@code SHOW TABLES IN cat.ns}). */
  public Optional<MemoryCatalog> memoryCatalog(String name) {
    return catalogs.configured(name, conf);
  }

  /** {@code SET CATALOG name}: a catalog made current starts from the default database, as Spark's does. */
  public void setCurrentCatalog(String name, java.util.function.Function<String, Optional<String>> conf) {
    if (catalogs.setCurrent(name, conf)) {
      currentDatabase = CatalogDatabase.DEFAULT;
      currentNamespace = List.of();
    }
  }

  public void copyFrom(SessionCatalog source) {
    catalogs.copyFrom(source.catalogs);
    currentDatabase = source.currentDatabase;
    currentNamespace = source.currentNamespace;
    path = source.path;
  }

  /** A database name: {@code db} or {@code spark_catalog.db}. */
  public String databaseName(List<String> nameParts) {
    if (nameParts.size() == 2 && nameParts.get(0).equalsIgnoreCase(TableName.CATALOG)) {
      return nameParts.get(1).toLowerCase(Locale.ROOT);
    }
    if (nameParts.size() != 1) {
      throw requiresSinglePartNamespace(nameParts);
    }
    return nameParts.get(0).toLowerCase(Locale.ROOT);
  }

  /** Spark's REQUIRES_SINGLE_PART_NAMESPACE: the session catalog keeps databases, not nested namespaces. */
  public static EmberException requiresSinglePartNamespace(List<String> nameParts) {
    String name = Identifiers.quoteNameParts(nameParts);
    return new EmberException(ErrorKind.ANALYSIS, "REQUIRES_SINGLE_PART_NAMESPACE", "42K05", "spark_catalog "
        + "requires a single-part namespace, but got identifier " + name + ".",
        Map.of("sessionCatalog", "spark_catalog", "identifier", name));
  }

  /** A function's name in the session catalog: at most {@code spark_catalog.db.f}, else REQUIRES_SINGLE_PART_NAMESPACE. */
  public static void requireSessionFunctionName(List<String> nameParts) {
    if (nameParts.size() > 3) {
      requireSessionTableName(nameParts);
    }
  }

  /**
   * A name that a command creates or drops in the session catalog, checked as Spark's {@code asTableIdentifier}: more
   * than {@code db.name} (after {@code spark_catalog.}) is REQUIRES_SINGLE_PART_NAMESPACE.
   */
  public static void requireSessionTableName(List<String> nameParts) {
    boolean catalogNamed = nameParts.size() > 1 && nameParts.get(0).equalsIgnoreCase(TableName.CATALOG);
    if (nameParts.size() > (catalogNamed ? 3 : 2)) {
      throw requiresSinglePartNamespace(catalogNamed ? nameParts.subList(1, nameParts.size()) : nameParts);
    }
  }

  public CatalogDatabase requireDatabase(String database) {
    return state().database(database).orElseThrow(() -> CatalogErrors.schemaNotFound(database));
  }

  /** The persistent name a relation name stands for: {@code t}, {@code db.t}, {@code spark_catalog.db.t}. */
  public Optional<TableName> qualify(List<String> nameParts) {
    if (nameParts.size() < 3) {
      requireSessionCatalogCurrent();
    }
    return switch (nameParts.size()) {
      case 1 -> Optional.of(new TableName(currentDatabase, nameParts.get(0)));
      case 2 -> Optional.of(new TableName(nameParts.get(0), nameParts.get(1)));
      case 3 -> nameParts.get(0).equalsIgnoreCase(TableName.CATALOG)
          ? Optional.of(new TableName(nameParts.get(1), nameParts.get(2))) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** What a relation name stands for: a one-part name looked up along the session's path. */
  public Optional<CatalogRelation> lookup(List<String> nameParts) {
    return lookup(nameParts, path());
  }

  /**
   * What a relation name stands for: a one-part name looked up along {@code searchPath} (temporary views in
   * {@code system.session}, tables and views in a database), as Spark looks them up.
   */
  public Optional<CatalogRelation> lookup(List<String> nameParts, SqlPath searchPath) {
    String last = nameParts.get(nameParts.size() - 1);
    if (nameParts.size() == 1 && currentMemoryCatalog().isPresent()) {
      Optional<CatalogRelation> view = tempViews.get(last).map(plan -> new CatalogRelation.TemporaryView(last, plan));
      return view.isPresent() ? view
          : memoryTableName(nameParts).flatMap(MemoryTableName::table).map(CatalogRelation.Memory::new);
    }
    if (nameParts.size() == 1) {
      for (List<String> namespace : searchPath.namespaces(currentDatabase)) {
        Optional<CatalogRelation> found = SqlPath.isSession(namespace)
            ? tempViews.get(last).map(plan -> new CatalogRelation.TemporaryView(last, plan))
            : currentCatalogTable(namespace, last).map(CatalogRelation.Persistent::new);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (nameParts.size() == 2 && Views.isGlobalTempNamespace(nameParts.get(0))) {
      return globalTempViews.get(last).map(plan -> new CatalogRelation.TemporaryView(last, plan));
    }
    Optional<MemoryTableName> memory = memoryTableName(nameParts);
    if (memory.isPresent()) {
      return memory.get().table().map(CatalogRelation.Memory::new);
    }
    return persistent(nameParts).map(CatalogRelation.Persistent::new);
  }

  private Optional<CatalogTable> currentCatalogTable(List<String> namespace, String name) {
    Optional<String> database = SqlPath.database(namespace);
    if (database.isPresent()) {
      requireSessionCatalogCurrent();
    }
    return database.flatMap(db -> state().table(new TableName(db, name)));
  }

  /**
   * A name without its catalog is the current catalog's: when that is another than {@code spark_catalog}, Ember has
   * none of its tables, views or functions to give.
   */
  private void requireSessionCatalogCurrent() {
    if (!catalogs.current().equals(TableName.CATALOG)) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("tables of the catalog "
          + Identifiers.quoteNameParts(List.of(catalogs.current())), "Ember", "Ember holds tables only in "
          + TableName.CATALOG + "; name them spark_catalog.db.table or set the current catalog back.");
    }
  }

  /** The persistent table or view a name stands for, ignoring temporary views. */
  public Optional<CatalogTable> persistent(List<String> nameParts) {
    return qualify(nameParts).flatMap(name -> state().table(name));
  }

  /** The persistent SQL function a name stands for: {@code f}, {@code db.f}, {@code spark_catalog.db.f}. */
  public Optional<dev.ember.plan.command.SqlFunction> persistentFunction(List<String> nameParts) {
    return storedFunction(nameParts).filter(CatalogFunction::isSql).map(CatalogFunction::definition);
  }

  /** The persistent SQL function {@code name} of the database a path's namespace names, if any. */
  public Optional<dev.ember.plan.command.SqlFunction> persistentFunction(List<String> namespace, String name) {
    return storedFunction(namespace, name).filter(CatalogFunction::isSql).map(CatalogFunction::definition);
  }

  /** The persistent function, of SQL or of a JVM class, a name stands for. */
  public Optional<CatalogFunction> storedFunction(List<String> nameParts) {
    return qualify(nameParts).flatMap(name -> state().function(name));
  }

  /** The persistent function, of SQL or of a JVM class, {@code name} of the database a path's namespace names. */
  public Optional<CatalogFunction> storedFunction(List<String> namespace, String name) {
    return SqlPath.database(namespace).flatMap(database -> state().function(new TableName(database, name)));
  }

  /** The table a statement names: TABLE_OR_VIEW_NOT_FOUND when there is none. */
  public CatalogTable requireTable(List<String> nameParts) {
    return persistent(nameParts).orElseThrow(() -> CatalogErrors.commandTableNotFound(nameParts, currentDatabase));
  }

  /** The directory of a managed table: under its database's directory, named after the table. */
  public String defaultLocation(TableName name) {
    CatalogDatabase database = requireDatabase(name.database());
    return Warehouse.uri(Warehouse.path(database.location()).resolve(name.table()));
  }

  /** The directory of a new database: {@code name.db} in the warehouse. */
  public String databaseLocation(String database) {
    Path root = warehouse().root();
    return Warehouse.uri(root.resolve(database + ".db"));
  }
}
