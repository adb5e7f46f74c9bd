package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.TableKind;
import dev.ember.catalog.TableName;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.CreateTableLike;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.RefreshTable;
import dev.ember.plan.command.TruncateTable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tables of the warehouse: CREATE TABLE [LIKE], DROP TABLE, TRUNCATE TABLE, REFRESH and ANALYZE TABLE. */
final class Tables {

  private Tables() {
  }

  /** The table entry a CREATE TABLE statement describes (CTAS takes the query's schema as {@code columns}). */
  static CatalogTable entry(EngineSession session, CreateTable create, StructType columns) {
    SessionCatalog catalog = session.catalog();
    TableName name = qualify(catalog, create.nameParts());
    catalog.requireDatabase(name.database());
    String provider = create.provider().orElseGet(session.conf()::defaultDataSource);
    if (provider.equalsIgnoreCase("hive")) {
      throw CatalogErrors.withoutHiveSupport("CREATE Hive TABLE (AS SELECT)");
    }
    // OPTIONS ('path' ...) is the table's location, as Spark's CREATE TABLE takes it
    Map<String, String> options = new java.util.LinkedHashMap<>(create.options());
    Optional<String> path = options.keySet().stream().filter("path"::equalsIgnoreCase).findFirst()
        .map(options::remove);
    Optional<String> location = create.location().or(() -> path).map(Databases::qualified);
    StructType schema = columns;
    if (schema.fields().isEmpty() && location.isPresent()) {
      schema = Analyzer.schemaOf(new Analyzer(session).analyze(new DataSourceRead(provider.toLowerCase(Locale.ROOT),
          List.of(location.get()), lowerCaseKeys(options), Optional.empty())));
    }
    TableKind kind = location.isPresent() ? TableKind.EXTERNAL : TableKind.MANAGED;
    return new CatalogTable(name, kind, partitionColumnsLast(nullable(schema), create.partitionColumns()),
        create.partitionColumns(), create.buckets(), provider, options,
        Optional.of(location.orElseGet(() -> catalog.defaultLocation(name))), create.properties(), create.comment(),
        Optional.empty(), Map.of(), System.currentTimeMillis(), create.columnComments(),
        // a new partitioned table has no partitions yet, whatever its location holds (RECOVER PARTITIONS finds them)
        create.partitionColumns().isEmpty() ? Optional.empty() : Optional.of(List.of()));
  }

  static void create(EngineSession session, CreateTable create) {
    CatalogTable table = entry(session, create, create.columns());
    String collation = session.catalog().state().databases().containsKey(table.name().database())
        ? session.catalog().requireDatabase(table.name().database()).properties()
            .get(dev.ember.catalog.CatalogDatabase.COLLATION) : null;
    if (collation != null && create.query().isEmpty()) {
      // the schema's DEFAULT COLLATION for the string columns written without one
      table = entry(session, create, (StructType) dev.ember.plan.types.Collations.withDefault(create.columns(),
          new dev.ember.plan.types.CollatedStringType(
              dev.ember.engine.functions.SparkCollations.normalized(collation))));
    }
    register(session, table, create.ifNotExists(), CatalogErrors::tableExists);
  }

  /** Adds a new table to the catalog (creating a managed table's directory): false when it exists and may. */
  static boolean register(EngineSession session, CatalogTable table, boolean ifNotExists,
      java.util.function.Function<TableName, EmberException> exists) {
    boolean[] created = {false};
    session.catalog().warehouse().update(state -> {
      if (state.table(table.name()).isPresent()) {
        if (ifNotExists) {
          return state;
        }
        throw exists.apply(table.name());
      }
      if (table.kind() == TableKind.MANAGED) {
        if (TableFiles.holdsFiles(table.location().orElseThrow())) {
          throw locationExists(table);
        }
        TableFiles.create(table.location().orElseThrow());
      }
      created[0] = true;
      return state.withTable(table);
    });
    return created[0];
  }

  static void createLike(EngineSession session, CreateTableLike like) {
    SessionCatalog catalog = session.catalog();
    StructType schema;
    CatalogTable source = catalog.persistent(like.source()).orElse(null);
    List<String> partitionColumns = List.of();
    String provider = like.provider().orElseGet(session.conf()::defaultDataSource);
    Map<String, String> options = Map.of();
    if (source == null) {
      if (like.source().size() != 1 || session.tempView(like.source().get(0)).isEmpty()) {
        throw CatalogErrors.commandTableNotFound(like.source(), catalog.currentDatabase());
      }
      schema = Analyzer.schemaOf(new Analyzer(session).analyze(
          new dev.ember.plan.logical.UnresolvedRelation(like.source())));
    } else {
      schema = source.schema();
      partitionColumns = source.partitionColumns();
      provider = like.provider().orElse(source.isView() ? session.conf().defaultDataSource() : source.provider());
      options = source.isView() ? Map.of() : source.options();
    }
    CreateTable create = new CreateTable(like.target(), schema, Optional.of(provider), options, partitionColumns,
        source == null ? Optional.empty() : source.buckets(), like.location(), like.properties(), Optional.empty(),
        like.ifNotExists(), Optional.empty(), source == null ? Map.of() : source.columnComments());
    register(session, entry(session, create, schema), like.ifNotExists(), CatalogErrors::tableExistsInDatabase);
  }

  static void drop(EngineSession session, DropTable drop) {
    SessionCatalog catalog = session.catalog();
    if (drop.nameParts().size() == 1 && session.dropTempView(drop.nameParts().get(0))) {
      return;
    }
    SessionCatalog.requireSessionTableName(drop.nameParts());
    Optional<CatalogTable> table = catalog.persistent(drop.nameParts());
    if (table.isEmpty()) {
      if (!drop.ifExists()) {
        throw CatalogErrors.noSuchTable(qualify(catalog, drop.nameParts()), catalog.currentDatabase());
      }
      return;
    }
    // Spark's DROP TABLE drops a view too
    catalog.warehouse().update(state -> state.withoutTable(table.get().name()));
    TableFiles.deleteIfManaged(table.get());
  }

  static void truncate(EngineSession session, TruncateTable truncate) {
    CatalogTable table = session.catalog().requireTable(truncate.nameParts());
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView(truncate.operation(), table.name(), false);
    }
    if (table.kind() == TableKind.EXTERNAL) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1266", null, "Operation not allowed: TRUNCATE "
          + "TABLE on external tables: " + table.name().quoted(), Map.of("tableIdentWithDB", table.name().quoted()));
    }
    TableFiles.empty(table.location().orElseThrow());
  }

  static void refresh(EngineSession session, RefreshTable refresh) {
    if (refresh.nameParts().size() != 1 || session.tempView(refresh.nameParts().get(0)).isEmpty()) {
      session.catalog().requireTable(refresh.nameParts());
    }
    if (!refresh.analyze()) {
      CachedTables.refresh(session, refresh.nameParts());
    }
  }

  /** UPDATE / DELETE / MERGE of a table: Spark's UNSUPPORTED_FEATURE.TABLE_OPERATION for its file tables. */
  static EmberException unsupportedOperation(EngineSession session, dev.ember.plan.command.ModifyTable modify) {
    CatalogTable table = session.catalog().persistent(modify.nameParts()).orElseThrow(
        () -> CatalogErrors.tableNotFound(modify.nameParts(), session.catalog().searchPath()));
    // DELETE fails in Spark's analyzer, UPDATE and MERGE when planned
    ErrorKind kind = modify.operation().equals("DELETE") ? ErrorKind.ANALYSIS : ErrorKind.UNSUPPORTED_OPERATION;
    return unsupportedOperation(kind, table.name().quoted(), modify.operation());
  }

  /** UNSUPPORTED_FEATURE.TABLE_OPERATION: the table ({@code tableName} quoted) cannot do {@code operation}. */
  static EmberException unsupportedOperation(ErrorKind kind, String tableName, String operation) {
    return new EmberException(kind, "UNSUPPORTED_FEATURE.TABLE_OPERATION", "0A000", "The feature is not "
        + "supported: Table " + tableName + " does not support " + operation + ". Please check "
        + "the current catalog and namespace to make sure the qualified table name is expected, and also check the "
        + "catalog implementation which is configured by \"spark.sql.catalog\".",
        Map.of("tableName", tableName, "operation", operation));
  }

  static TableName qualify(SessionCatalog catalog, List<String> nameParts) {
    SessionCatalog.requireSessionTableName(nameParts);
    return catalog.qualify(nameParts).orElseThrow(() -> CatalogErrors.commandTableNotFound(nameParts,
        catalog.currentDatabase()));
  }

  static EmberException wrongCommand(String operation, TableName name, String requiredType, String foundType,
      String alternative) {
    String objectName = String.join(".", name.parts());
    return new EmberException(ErrorKind.ANALYSIS, "WRONG_COMMAND_FOR_OBJECT_TYPE", "42809", "The operation "
        + operation + " requires a " + requiredType + ". But " + objectName + " is a " + foundType + ". Use "
        + alternative + " instead.", Map.of("operation", operation, "requiredType", requiredType, "objectName",
        objectName, "foundType", foundType, "alternative", alternative));
  }

  /** A data source table's columns are all nullable, whatever the statement says (Spark drops NOT NULL). */
  private static StructType nullable(StructType schema) {
    return new StructType(schema.fields().stream()
        .map(field -> new StructField(field.name(), field.dataType(), true)).toList());
  }

  private static EmberException locationExists(CatalogTable table) {
    return new EmberException(ErrorKind.SPARK, "LOCATION_ALREADY_EXISTS", "42710", "Cannot name the managed table as "
        + table.name().quoted() + ", as its associated location '" + table.location().orElseThrow()
        + "' already exists. Please pick a different table name, or remove the existing location first.",
        Map.of("identifier", table.name().quoted(), "location", "'" + table.location().orElseThrow() + "'"));
  }

  /** Spark keeps a table's partition columns after the others, in PARTITIONED BY's order. */
  private static StructType partitionColumnsLast(StructType schema, List<String> partitionColumns) {
    List<StructField> fields = new ArrayList<>();
    schema.fields().stream().filter(field -> partitionColumns.stream().noneMatch(field.name()::equalsIgnoreCase))
        .forEach(fields::add);
    for (String column : partitionColumns) {
      schema.fields().stream().filter(field -> field.name().equalsIgnoreCase(column)).findFirst().ifPresent(fields::add);
    }
    return new StructType(fields);
  }

  static Map<String, String> lowerCaseKeys(Map<String, String> options) {
    Map<String, String> lower = new java.util.HashMap<>();
    options.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    return lower;
  }
}
