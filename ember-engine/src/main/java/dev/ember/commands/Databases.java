package dev.ember.commands;

import dev.ember.catalog.CatalogDatabase;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.CreateNamespace;
import dev.ember.plan.command.DropNamespace;
import dev.ember.plan.command.ShowNamespaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/** SQL's databases (namespaces) of the warehouse: CREATE, DROP, SHOW, USE and SHOW CURRENT NAMESPACE. */
final class Databases {
  private Databases() {
  }

  static void create(EngineSession session, CreateNamespace create) {
    if (create.properties().containsKey(CatalogDatabase.COLLATION)) {
      requireSchemaLevelCollations(session);
    }
    SessionCatalog catalog = session.catalog();
    String name = catalog.databaseName(create.nameParts());
    String location = create.location().map(Databases::qualified).orElseGet(() -> catalog.databaseLocation(name));
    catalog.warehouse().update(state -> {
      if (state.database(name).isPresent()) {
        if (create.ifNotExists()) {
          return state;
        }
        throw CatalogErrors.schemaExists(name);
      }
      createDirectory(location);
      return state.withDatabase(new CatalogDatabase(name, create.comment().orElse(""), location, create.properties()));
    });
  }

  /** ALTER SCHEMA ... SET [DB]PROPERTIES / SET LOCATION, COMMENT ON SCHEMA: the database's entry changed. */
  static void alter(EngineSession session, dev.ember.plan.command.AlterNamespace alter) {
    SessionCatalog catalog = session.catalog();
    String name = catalog.databaseName(alter.nameParts());
    catalog.warehouse().update(state -> {
      CatalogDatabase database = state.database(name).orElseThrow(() -> CatalogErrors.schemaNotFound(name));
      java.util.Map<String, String> properties = new java.util.HashMap<>(database.properties());
      properties.putAll(alter.properties());
      String location = alter.location().map(Databases::qualified).orElse(database.location());
      String comment = alter.comment().map(text -> text.orElse("")).orElse(database.comment());
      return state.withDatabase(new CatalogDatabase(database.name(), comment, location, properties));
    });
  }

  static void drop(EngineSession session, DropNamespace drop) {
    SessionCatalog catalog = session.catalog();
    String name = catalog.databaseName(drop.nameParts());
    catalog.warehouse().update(state -> {
      if (state.database(name).isEmpty()) {
        if (drop.ifExists()) {
          return state;
        }
        throw CatalogErrors.schemaNotFound(name);
      }
      if (name.equals(CatalogDatabase.DEFAULT)) {
        throw CatalogErrors.dropDefaultDatabase();
      }
      List<CatalogTable> tables = state.tablesOf(name);
      if (!tables.isEmpty() && !drop.cascade()) {
        throw CatalogErrors.schemaNotEmpty(name);
      }
      tables.forEach(TableFiles::deleteIfManaged);
      TableFiles.delete(state.database(name).get().location());
      return state.withoutDatabase(name);
    });
  }

  static QueryResult show(EngineSession session, ShowNamespaces show) {
    Pattern pattern = show.pattern().map(dev.ember.catalog.NamePatterns::of).orElse(null);
    List<Object[]> rows = session.catalog().state().databases().keySet().stream().sorted()
        .filter(name -> pattern == null || pattern.matcher(name).matches())
        .map(name -> new Object[] {name}).toList();
    return new QueryResult(CommandRunner.strings("namespace"), rows);
  }

  /** Spark's DescribeNamespaceExec rows; EXTENDED adds the properties as {@code ((key,value), ...)}. */
  static QueryResult describe(EngineSession session, dev.ember.plan.command.DescribeNamespace describe) {
    SessionCatalog catalog = session.catalog();
    CatalogDatabase database = catalog.requireDatabase(catalog.databaseName(describe.nameParts()));
    List<Object[]> rows = new java.util.ArrayList<>();
    rows.add(new Object[] {"Catalog Name", dev.ember.catalog.TableName.CATALOG});
    rows.add(new Object[] {"Namespace Name", database.name()});
    java.util.Map<String, String> properties = new java.util.TreeMap<>(database.properties());
    String collation = properties.remove(CatalogDatabase.COLLATION);
    if (collation != null) {
      rows.add(new Object[] {"Collation", collation});
    }
    rows.add(new Object[] {"Comment", database.comment()});
    rows.add(new Object[] {"Location", database.location()});
    rows.add(new Object[] {"Owner", System.getProperty("user.name")});
    if (describe.extended()) {
      rows.add(new Object[] {"Properties", properties.isEmpty() ? ""
          : properties.entrySet().stream()
              .map(entry -> "(" + entry.getKey() + "," + entry.getValue() + ")")
              .collect(java.util.stream.Collectors.joining(", ", "(", ")"))});
    }
    return new QueryResult(CommandRunner.strings("info_name", "info_value"), rows);
  }

  /** ALTER SCHEMA s DEFAULT COLLATION c: the schema's {@code collation} property, Spark's name of the collation. */
  static void alterCollation(EngineSession session, dev.ember.plan.command.AlterNamespaceCollation alter) {
    requireSchemaLevelCollations(session);
    SessionCatalog catalog = session.catalog();
    String name = catalog.databaseName(alter.nameParts());
    String collation = dev.ember.engine.functions.SparkCollations.normalized(alter.collation());
    catalog.warehouse().update(state -> {
      CatalogDatabase database = catalog.requireDatabase(name);
      java.util.Map<String, String> properties = new java.util.HashMap<>(database.properties());
      properties.put(CatalogDatabase.COLLATION, collation);
      return state.withDatabase(new CatalogDatabase(database.name(), database.comment(), database.location(),
          properties));
    });
  }

  /**
   * A schema's DEFAULT COLLATION is a feature behind {@code spark.sql.collation.schemaLevel.enabled} (false by
   * default): Spark's parser refuses it otherwise.
   */
  private static void requireSchemaLevelCollations(EngineSession session) {
    if (!session.conf().getOrDefault("spark.sql.collation.schemaLevel.enabled", "false").trim()
        .equalsIgnoreCase("true")) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.PARSE,
          "UNSUPPORTED_FEATURE.SCHEMA_LEVEL_COLLATIONS", "0A000",
          "The feature is not supported: Default collation for the specified schema.", java.util.Map.of());
    }
  }

  static QueryResult current(EngineSession session) {
    return new QueryResult(CommandRunner.strings("catalog", "namespace"),
        List.<Object[]>of(new Object[] {dev.ember.catalog.TableName.CATALOG, session.catalog().currentDatabase()}));
  }

  /** A location as Spark keeps it: {@code file:} and an absolute path. */
  static String qualified(String location) {
    return dev.ember.catalog.Warehouse.uri(dev.ember.catalog.Warehouse.path(location));
  }

  private static void createDirectory(String location) {
    try {
      Files.createDirectories(dev.ember.catalog.Warehouse.path(location));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
