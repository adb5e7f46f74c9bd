package dev.ember.catalog;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spark's errors about databases, tables and views of the session catalog. */
public final class CatalogErrors {
  private CatalogErrors() {
  }

  public static EmberException tableExists(TableName name) {
    return tableExists(name.quoted());
  }

  /** TABLE_OR_VIEW_ALREADY_EXISTS naming {@code db.t} without the catalog, as Spark's v1 commands do. */
  public static EmberException tableExistsInDatabase(TableName name) {
    return tableExists(Identifiers.quoteNameParts(List.of(name.database(), name.table())));
  }

  /** A view's name is taken: Spark's view command raises it as a plain AnalysisException. */
  public static EmberException viewExists(TableName name) {
    return tableExists(ErrorKind.ANALYSIS, name.quoted());
  }

  /** TABLE_OR_VIEW_ALREADY_EXISTS naming the relation as given (quoted), e.g. a catalog's {@code `cat`.`ns`.`t`}. */
  public static EmberException tableExists(String quoted) {
    return tableExists(ErrorKind.TABLE_ALREADY_EXISTS, quoted);
  }

  private static EmberException tableExists(ErrorKind kind, String quoted) {
    return new EmberException(kind, "TABLE_OR_VIEW_ALREADY_EXISTS", "42P07",
        "Cannot create table or view " + quoted + " because it already exists.\nChoose a different name, drop "
            + "or replace the existing object, or add the IF NOT EXISTS clause to tolerate pre-existing objects.",
        Map.of("relationName", quoted));
  }

  /**
   * NOT_SUPPORTED_COMMAND_WITHOUT_HIVE_SUPPORT: a Hive table ({@code USING hive}), which Spark's session without Hive
   * support ({@code spark.sql.catalogImplementation=in-memory}, Ember's only catalog) refuses (its HiveOnlyCheck).
   */
  public static EmberException withoutHiveSupport(String command) {
    return new EmberException(ErrorKind.ANALYSIS, "NOT_SUPPORTED_COMMAND_WITHOUT_HIVE_SUPPORT", "0A000", command
        + " is not supported, if you want to enable it, please set \"spark.sql.catalogImplementation\" to \"hive\".",
        Map.of("cmd", command));
  }

  public static EmberException schemaNotFound(String database) {
    return schemaNotFoundNamed(quotedSchema(database));
  }

  /** SCHEMA_NOT_FOUND naming the namespace as given (quoted with its catalog). */
  public static EmberException schemaNotFoundNamed(String name) {
    return new EmberException(ErrorKind.NO_SUCH_NAMESPACE, "SCHEMA_NOT_FOUND", "42704", "The schema " + name
        + " cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify "
        + "the name with a catalog, verify the current_schema() output, or qualify the name with the correct "
        + "catalog.\nTo tolerate the error on drop use DROP SCHEMA IF EXISTS.", Map.of("schemaName", name));
  }

  public static EmberException schemaExists(String database) {
    String name = Identifiers.quote(database);
    return new EmberException(ErrorKind.NAMESPACE_ALREADY_EXISTS, "SCHEMA_ALREADY_EXISTS", "42P06",
        "Cannot create schema " + name + " because it already exists.\nChoose a different name, drop the existing "
            + "schema, or add the IF NOT EXISTS clause to tolerate pre-existing schema.", Map.of("schemaName", name));
  }

  public static EmberException schemaNotEmpty(String database) {
    String name = Identifiers.quote(database);
    return new EmberException(ErrorKind.ANALYSIS, "SCHEMA_NOT_EMPTY", "2BP01", "Cannot drop a schema " + name
        + " because it contains objects.\nUse DROP SCHEMA ... CASCADE to drop the schema and all its objects.",
        Map.of("schemaName", name));
  }

  public static EmberException dropDefaultDatabase() {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.DROP_DATABASE", "0A000",
        "The feature is not supported: Drop the default database `spark_catalog`.`default`.",
        Map.of("database", "`spark_catalog`.`default`"));
  }

  /**
   * TABLE_OR_VIEW_NOT_FOUND for a name a query reads, as the user wrote it; the search path names the current
   * database after the built-in and session functions.
   */
  /** TABLE_OR_VIEW_NOT_FOUND for a relation a query reads, {@code searchPath} as Spark's errors show it. */
  public static EmberException tableNotFound(List<String> nameParts, String searchPath) {
    return notFound(ErrorKind.ANALYSIS, nameParts, searchPath);
  }

  /** TABLE_OR_VIEW_NOT_FOUND for the table a command works on, as the user wrote it. */
  public static EmberException commandTableNotFound(List<String> nameParts, String currentDatabase) {
    return notFound(ErrorKind.ANALYSIS, nameParts, "[`system`.`session`, `" + TableName.CATALOG + "`.`"
        + currentDatabase + "`]");
  }

  /** TABLE_OR_VIEW_NOT_FOUND for the table or view DROP names, qualified (Spark's NoSuchTableException). */
  public static EmberException noSuchTable(TableName name, String currentDatabase) {
    return notFound(ErrorKind.NO_SUCH_TABLE, name.parts(), "[`" + TableName.CATALOG + "`.`" + currentDatabase + "`]");
  }

  /** TABLE_OR_VIEW_NOT_FOUND of a v2 command: {@code relationName} quoted, {@code searchPath} its catalog's. */
  public static EmberException noSuchTable(ErrorKind kind, String relationName, String searchPath) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("relationName", relationName);
    parameters.put("searchPath", searchPath);
    return new EmberException(kind, "TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table or view " + relationName
        + " cannot be found. Verify the spelling and correctness of the schema and catalog.", parameters);
  }

  private static EmberException notFound(ErrorKind kind, List<String> nameParts, String searchPath) {
    String quoted = Identifiers.quoteNameParts(nameParts);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("relationName", quoted);
    parameters.put("searchPath", searchPath);
    return new EmberException(kind, "TABLE_OR_VIEW_NOT_FOUND", "42P01", "The table or view " + quoted
        + " cannot be found. Verify the spelling and correctness of the schema and catalog.", parameters);
  }

  /** EXPECT_TABLE_NOT_VIEW: a table statement named a view. */
  public static EmberException expectTableNotView(String operation, TableName view, boolean useAlterView) {
    String suffix = useAlterView ? "USE_ALTER_VIEW" : "NO_ALTERNATIVE";
    return new EmberException(ErrorKind.ANALYSIS, "EXPECT_TABLE_NOT_VIEW." + suffix, "42809", "'" + operation
        + "' expects a table but " + view.quoted() + " is a view." + (useAlterView ? " Please use ALTER VIEW instead."
        : ""), Map.of("operation", operation, "viewName", view.quoted()));
  }

  /** EXPECT_VIEW_NOT_TABLE: a view statement named a table. */
  public static EmberException expectViewNotTable(String operation, TableName table, boolean useAlterTable) {
    String suffix = useAlterTable ? "USE_ALTER_TABLE" : "NO_ALTERNATIVE";
    return new EmberException(ErrorKind.ANALYSIS, "EXPECT_VIEW_NOT_TABLE." + suffix, "42809", "The table "
        + table.quoted() + " does not support " + operation + "." + (useAlterTable ? " Please use ALTER TABLE instead."
        : ""), Map.of("operation", operation, "tableName", table.quoted()));
  }

  /**
   * Another process holds the warehouse's catalog: Ember's catalog has one writer, as Spark's embedded Derby metastore
   * does, and fails as Spark's catalog fails when its metastore cannot be opened (an AnalysisException wrapping the
   * cause, HiveExternalCatalog's {@code _LEGACY_ERROR_TEMP_3065}), naming the warehouse and what to do.
   */
  public static EmberException warehouseInUse(String location) {
    String clazz = "java.lang.IllegalStateException";
    String message = "The warehouse " + location + " is in use by another process: its catalog (_ember_catalog) is "
        + "locked. Stop the other process or set spark.sql.warehouse.dir to another directory.";
    return new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_3065", null, clazz + ": " + message,
        Map.of("clazz", clazz, "msg", message));
  }

  static String quotedSchema(String database) {
    return Identifiers.quoteNameParts(List.of(TableName.CATALOG, database));
  }

  /** A persistent view or function whose definition reads a temporary view or function. */
  public static EmberException temporaryObjectReference(String kind, String quotedName, String temporaryKind,
      String temporaryName) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_TEMP_OBJ_REFERENCE", "42K0F",
        "Cannot create the persistent object " + quotedName + " of the type " + kind + " because it references to "
            + "the temporary object " + temporaryName + " of the type " + temporaryKind + ". Please make the "
            + "temporary object " + temporaryName + " persistent, or make the persistent object " + quotedName
            + " temporary.",
        Map.of("obj", kind, "objName", quotedName, "tempObj", temporaryKind, "tempObjName", temporaryName));
  }
}
