package dev.ember.connect;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogRelation;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.commands.CachedTables;
import dev.ember.commands.CommandRunner;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.CacheTable;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.UseNamespace;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.spark.connect.proto.Catalog;

/** {@code spark.catalog()}: the session's catalog (temporary views, the warehouse's databases, tables and views). */
final class CatalogRunner {
  private CatalogRunner() {
  }

  /** The relation a catalog call answers with: its rows, or (createTable) the new table's read. */
  static LogicalPlan relation(EngineSession session, Catalog catalog) {
    if (catalog.hasCreateTable() || catalog.hasCreateExternalTable()) {
      return createTable(session, catalog);
    }
    QueryResult result = run(session, catalog);
    return new LocalRelation(result.schema(), result.rows().stream().map(java.util.Arrays::asList).toList());
  }

  static QueryResult run(EngineSession session, Catalog catalog) {
    if (CatalogCommandCalls.handles(catalog.getCatTypeCase())) {
      return CatalogCommandCalls.run(session, catalog);
    }
    if (CatalogFunctionCalls.handles(catalog.getCatTypeCase())) {
      return CatalogFunctionCalls.run(session, catalog);
    }
    SessionCatalog names = session.catalog();
    switch (catalog.getCatTypeCase()) {
      case DROP_TEMP_VIEW:
        return CatalogRows.single(AtomicType.BOOLEAN, session.dropTempView(catalog.getDropTempView().getViewName()));
      case DROP_GLOBAL_TEMP_VIEW:
        return CatalogRows.single(AtomicType.BOOLEAN,
            session.globalTempViews().drop(catalog.getDropGlobalTempView().getViewName()));
      case TABLE_EXISTS:
        return CatalogRows.single(AtomicType.BOOLEAN, lookup(names, catalog.getTableExists().getTableName(),
            optional(catalog.getTableExists().hasDbName(), catalog.getTableExists().getDbName())).isPresent());
      case DATABASE_EXISTS:
        return CatalogRows.single(AtomicType.BOOLEAN,
            names.state().database(databaseName(names, catalog.getDatabaseExists().getDbName())).isPresent());
      case CURRENT_DATABASE:
        return CatalogRows.single(AtomicType.STRING, names.currentDatabase());
      case SET_CURRENT_DATABASE:
        CommandRunner.run(session, new UseNamespace(List.of(catalog.getSetCurrentDatabase().getDbName())));
        return CatalogRows.nothing();
      case CURRENT_CATALOG:
        return CatalogRows.single(AtomicType.STRING, names.catalogs().current());
      case SET_CURRENT_CATALOG:
        CommandRunner.run(session, new dev.ember.plan.command.SetCatalog(
            catalog.getSetCurrentCatalog().getCatalogName()));
        return CatalogRows.nothing();
      case LIST_CATALOGS:
        return rows(CatalogRows.CATALOG, matching(names.catalogs().names(), catalog.getListCatalogs().hasPattern()
            ? catalog.getListCatalogs().getPattern() : null).stream().map(name -> new Object[] {name, null}).toList());
      case LIST_DATABASES:
        return rows(CatalogRows.DATABASE, matching(names.state().databases().keySet().stream().sorted().toList(),
            catalog.getListDatabases().hasPattern() ? catalog.getListDatabases().getPattern() : null).stream()
            .map(name -> CatalogRows.database(names.state().database(name).orElseThrow())).toList());
      case GET_DATABASE:
        return rows(CatalogRows.DATABASE, List.<Object[]>of(CatalogRows.database(
            names.requireDatabase(databaseName(names, catalog.getGetDatabase().getDbName())
                .toLowerCase(java.util.Locale.ROOT)))));
      case LIST_TABLES:
        return listTables(session, catalog.getListTables());
      case LIST_VIEWS:
        return listViews(session, catalog.getListViews());
      case GET_TABLE:
        return getTable(session, catalog.getGetTable());
      case LIST_COLUMNS:
        return listColumns(session, catalog.getListColumns());
      case REFRESH_TABLE: {
        List<String> name = Identifiers.parseAttributeName(catalog.getRefreshTable().getTableName());
        if (names.lookup(name).isEmpty()) {
          // spark.catalog().refreshTable resolves the name as a query does
          throw CatalogErrors.tableNotFound(name, names.searchPath());
        }
        CommandRunner.run(session, new dev.ember.plan.command.RefreshTable(name, false));
        return CatalogRows.nothing();
      }
      case REFRESH_BY_PATH:
        CachedTables.refreshByPath(session, catalog.getRefreshByPath().getPath());
        return CatalogRows.nothing();
      case IS_CACHED: {
        List<String> name = Identifiers.parseAttributeName(catalog.getIsCached().getTableName());
        Optional<LogicalPlan> plan = CachedTables.cachedPlan(session, name);
        if (plan.isEmpty()) {
          throw CatalogErrors.tableNotFound(name, names.searchPath());
        }
        return CatalogRows.single(AtomicType.BOOLEAN, session.cached(plan.get()).isPresent());
      }
      case CACHE_TABLE:
        CommandRunner.run(session, new CacheTable(Identifiers.parseAttributeName(
            catalog.getCacheTable().getTableName()), Optional.empty(), false, false, false));
        return CatalogRows.nothing();
      case UNCACHE_TABLE:
        CommandRunner.run(session, new CacheTable(Identifiers.parseAttributeName(
            catalog.getUncacheTable().getTableName()), Optional.empty(), true, false, false));
        return CatalogRows.nothing();
      case CLEAR_CACHE:
        session.uncacheAll();
        return CatalogRows.nothing();
      default:
        throw UnsupportedApi.catalog(catalog.getCatTypeCase());
    }
  }

  private static QueryResult listTables(EngineSession session, org.apache.spark.connect.proto.ListTables list) {
    SessionCatalog names = session.catalog();
    String database = list.hasDbName() ? names.databaseName(Identifiers.parseAttributeName(list.getDbName()))
        : names.currentDatabase();
    names.requireDatabase(database);
    Pattern pattern = list.hasPattern() ? dev.ember.catalog.NamePatterns.of(list.getPattern()) : null;
    List<Object[]> rows = new ArrayList<>();
    names.state().tablesOf(database).stream()
        .filter(table -> pattern == null || pattern.matcher(table.name().table()).matches())
        .forEach(table -> rows.add(CatalogRows.table(table)));
    session.tempViewNames().stream().sorted().filter(name -> pattern == null || pattern.matcher(name).matches())
        .forEach(name -> rows.add(CatalogRows.temporaryView(name, false)));
    return rows(CatalogRows.TABLE, rows);
  }

  /** {@code listViews(db, pattern)}: SHOW VIEWS's views, each described as getTable describes it. */
  private static QueryResult listViews(EngineSession session, org.apache.spark.connect.proto.ListViews list) {
    Optional<List<String>> namespace = list.hasDbName()
        ? Optional.of(Identifiers.parseAttributeName(list.getDbName())) : Optional.empty();
    QueryResult views = CommandRunner.run(session, new dev.ember.plan.command.ShowTables(namespace,
        optional(list.hasPattern(), list.getPattern()), true));
    List<Object[]> rows = new ArrayList<>();
    for (Object[] view : views.rows()) {
      String database = (String) view[0];
      String name = (String) view[1];
      rows.add(Boolean.TRUE.equals(view[2]) ? CatalogRows.temporaryView(name, !database.isEmpty())
          : CatalogRows.table(session.catalog().persistent(List.of(database, name)).orElseThrow()));
    }
    return rows(CatalogRows.TABLE, rows);
  }

  private static QueryResult getTable(EngineSession session, org.apache.spark.connect.proto.GetTable get) {
    Optional<String> database = optional(get.hasDbName(), get.getDbName());
    CatalogRelation relation = lookup(session.catalog(), get.getTableName(), database)
        .orElseThrow(() -> CatalogErrors.commandTableNotFound(nameParts(get.getTableName(), database),
            session.catalog().currentDatabase()));
    Object[] row = relation instanceof CatalogRelation.Persistent persistent ? CatalogRows.table(persistent.table())
        : relation instanceof CatalogRelation.Memory memory ? CatalogRows.table(memory.table())
        : CatalogRows.temporaryView(((CatalogRelation.TemporaryView) relation).name(),
            nameParts(get.getTableName(), database).size() == 2);
    return rows(CatalogRows.TABLE, List.<Object[]>of(row));
  }

  private static QueryResult listColumns(EngineSession session, org.apache.spark.connect.proto.ListColumns list) {
    Optional<String> database = optional(list.hasDbName(), list.getDbName());
    List<String> name = nameParts(list.getTableName(), database);
    CatalogRelation relation = lookup(session.catalog(), list.getTableName(), database)
        .orElseThrow(() -> CatalogErrors.commandTableNotFound(name, session.catalog().currentDatabase()));
    List<Object[]> rows = new ArrayList<>();
    if (relation instanceof CatalogRelation.Persistent persistent) {
      CatalogTable table = persistent.table();
      table.schema().fields().forEach(field -> rows.add(CatalogRows.column(field, table.columnComment(field.name()),
          table.partitionColumns().stream().anyMatch(field.name()::equalsIgnoreCase))));
    } else if (relation instanceof CatalogRelation.Memory memory) {
      dev.ember.catalog.MemoryTable table = memory.table();
      table.schema().fields().forEach(field -> rows.add(CatalogRows.column(field, table.columnComment(field.name()),
          table.isPartitionColumn(field.name()))));
    } else {
      // a temporary view's columns with the char/varchar types they were read with, as Spark's getRawType gives them
      StructType schema = Analyzer.declaredSchemaOf(new Analyzer(session).analyze(new UnresolvedRelation(name)));
      schema.fields().forEach(field -> rows.add(CatalogRows.column(field, Optional.empty(), false)));
    }
    return rows(CatalogRows.COLUMN, rows);
  }

  /** {@code createTable(name, path, source, schema, description, options)}: answered with the table's read. */
  private static LogicalPlan createTable(EngineSession session, Catalog catalog) {
    org.apache.spark.connect.proto.CreateTable create = catalog.hasCreateTable() ? catalog.getCreateTable() : null;
    org.apache.spark.connect.proto.CreateExternalTable external = catalog.hasCreateExternalTable() ? catalog.getCreateExternalTable() : null;
    String tableName = create != null ? create.getTableName() : external.getTableName();
    Optional<String> path = create != null ? optional(create.hasPath(), create.getPath())
        : optional(external.hasPath(), external.getPath());
    Optional<String> source = create != null ? optional(create.hasSource(), create.getSource())
        : optional(external.hasSource(), external.getSource());
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>(create != null ? create.getOptionsMap()
        : external.getOptionsMap());
    if (path.isEmpty() && options.containsKey("path")) {
      path = Optional.of(options.remove("path"));
    }
    boolean hasSchema = create != null ? create.hasSchema() : external.hasSchema();
    StructType schema = hasSchema ? (StructType) DataTypes.fromProto(create != null ? create.getSchema()
        : external.getSchema()) : new StructType(List.of());
    Optional<String> description = create != null ? optional(create.hasDescription(), create.getDescription())
        .filter(text -> !text.isEmpty()) : Optional.empty();
    List<String> name = Identifiers.parseAttributeName(tableName);
    CommandRunner.run(session, new CreateTable(name, schema, source, options, List.of(), Optional.empty(), path, java.util.Map.of(),
        description, false, Optional.empty(), java.util.Map.of()));
    return new UnresolvedRelation(name);
  }

  private static Optional<CatalogRelation> lookup(SessionCatalog names, String tableName, Optional<String> database) {
    return names.lookup(nameParts(tableName, database));
  }

  /** The name a call gives: {@code db} and {@code table} apart, or one (possibly qualified) name. */
  private static List<String> nameParts(String tableName, Optional<String> database) {
    return database.map(db -> List.of(db, tableName)).orElseGet(() -> Identifiers.parseAttributeName(tableName));
  }

  private static Optional<String> optional(boolean present, String value) {
    return present ? Optional.of(value) : Optional.empty();
  }

  private static List<String> matching(List<String> names, String pattern) {
    if (pattern == null) {
      return names;
    }
    Pattern compiled = dev.ember.catalog.NamePatterns.of(pattern);
    return names.stream().filter(name -> compiled.matcher(name).matches()).toList();
  }

  private static QueryResult rows(StructType schema, List<Object[]> rows) {
    return new QueryResult(schema, rows);
  }

  /**
   * A database as {@code spark.catalog.getDatabase}/{@code databaseExists} name it, as Spark's CatalogImpl: a
   * database of the session catalog by that name, else a name qualified by the session catalog
   * ({@code spark_catalog.db}).
   */
  private static String databaseName(dev.ember.catalog.SessionCatalog names, String name) {
    if (names.state().database(name).isPresent()) {
      return name;
    }
    List<String> parts;
    try {
      parts = Identifiers.parseAttributeName(name);
    } catch (RuntimeException notAName) {
      return name;
    }
    return parts.size() == 2 && parts.get(0).equalsIgnoreCase(dev.ember.catalog.TableName.CATALOG) ? parts.get(1) : name;
  }
}
