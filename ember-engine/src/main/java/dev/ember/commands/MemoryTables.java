package dev.ember.commands;

import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.MemoryCatalog;
import dev.ember.catalog.MemoryTable;
import dev.ember.catalog.MemoryTableName;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.QueryText;
import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.InsertInto;
import dev.ember.plan.command.ReplaceTable;
import dev.ember.plan.command.ShowTables;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements over tables of the catalogs {@code spark.sql.catalog.<name>} configures ({@link MemoryCatalog}), as
 * Spark's v2 commands run them: CREATE [OR REPLACE] TABLE [AS SELECT], DROP TABLE, INSERT [OVERWRITE], SHOW TABLES,
 * DESCRIBE TABLE, and (in {@link MemoryTableUpdates}) UPDATE, DELETE and TRUNCATE.
 * A command naming no such catalog is not handled here.
 */
final class MemoryTables {
  private MemoryTables() {
  }

  static Optional<QueryResult> run(EngineSession session, Command command) {
    if (command instanceof CreateTable create) {
      return handled(session, create.nameParts(), name -> create(session, name, create, false, false));
    }
    if (command instanceof ReplaceTable replace) {
      return handled(session, replace.definition().nameParts(),
          name -> create(session, name, replace.definition(), true, replace.orCreate()));
    }
    if (command instanceof DropTable drop) {
      return handled(session, drop.nameParts(), name -> drop(session, name, drop.ifExists()));
    }
    if (command instanceof InsertInto insert) {
      return handled(session, insert.nameParts(), name -> insert(session, name, insert));
    }
    if (command instanceof dev.ember.plan.command.DeleteFromTable delete) {
      return handled(session, delete.nameParts(), name -> MemoryTableUpdates.delete(session, name, delete));
    }
    if (command instanceof dev.ember.plan.command.UpdateTable update) {
      return handled(session, update.nameParts(), name -> MemoryTableUpdates.update(session, name, update));
    }
    if (command instanceof dev.ember.plan.command.TruncateTable truncate) {
      return handled(session, truncate.nameParts(), name -> MemoryTableUpdates.truncate(session, name));
    }
    if (command instanceof dev.ember.plan.command.DescribeTable describe && !describe.extended()) {
      return session.catalog().memoryTableName(describe.nameParts())
          .map(name -> describe(require(session, name)));
    }
    if (command instanceof ShowTables show && !show.viewsOnly() && show.namespace().isEmpty()
        && session.catalog().currentMemoryCatalog().isPresent()) {
      return Optional.of(show(session.catalog().currentMemoryCatalog().get(), session.catalog().currentNamespace(),
          show.pattern()));
    }
    if (command instanceof ShowTables show && !show.viewsOnly() && show.namespace().isPresent()
        && session.catalog().memoryCatalog(show.namespace().get().get(0)).isEmpty()
        && !show.namespace().get().get(0).equalsIgnoreCase(dev.ember.catalog.TableName.CATALOG)
        && session.catalog().currentMemoryCatalog().isPresent()) {
      // SHOW TABLES IN ns of the configured catalog current now
      return Optional.of(show(session.catalog().currentMemoryCatalog().get(), show.namespace().get(), show.pattern()));
    }
    if (command instanceof ShowTables show && !show.viewsOnly() && show.namespace().isPresent()) {
      List<String> namespace = show.namespace().get();
      return session.catalog().memoryCatalog(namespace.get(0))
          .map(catalog -> show(catalog, namespace.subList(1, namespace.size()), show.pattern()));
    }
    return Optional.empty();
  }

  private static Optional<QueryResult> handled(EngineSession session, List<String> nameParts,
      java.util.function.Consumer<MemoryTableName> action) {
    Optional<MemoryTableName> name = session.catalog().memoryTableName(nameParts);
    name.ifPresent(action);
    return name.map(ignored -> CommandRunner.nothing());
  }

  /** The table a statement writes to: TABLE_OR_VIEW_NOT_FOUND (as a query's) when there is none. */
  static MemoryTable require(EngineSession session, MemoryTableName name) {
    return name.table().orElseThrow(() -> CatalogErrors.tableNotFound(name.parts(), session.catalog().searchPath()));
  }

  /**
   * CREATE TABLE (its columns, or its query's, nullable as Spark's v2 CTAS makes them), REPLACE TABLE and CREATE OR
   * REPLACE TABLE: the new table's rows stored, then it takes the name.
   */
  static void create(EngineSession session, MemoryTableName name, CreateTable definition, boolean replace,
      boolean orCreate) {
    Optional<MemoryTable> existing = name.table();
    if (existing.isPresent() && !replace) {
      if (definition.ifNotExists()) {
        return;
      }
      throw CatalogErrors.tableExists(name.identifierQuoted());
    }
    if (existing.isEmpty() && replace && !orCreate) {
      // Spark's CannotReplaceMissingTableException
      throw CatalogErrors.noSuchTable(dev.ember.plan.errors.ErrorKind.ANALYSIS, name.identifierQuoted(),
          name.searchPath());
    }
    StructType schema = definition.query().map(query -> asNullable(MemoryTableRows.schemaOf(session, query)))
        // a configured catalog's table keeps CHAR/VARCHAR columns as strings (no length checks or padding yet)
        .orElse((StructType) dev.ember.plan.types.CharVarcharType.asString(definition.columns()));
    for (String column : definition.partitionColumns()) {
      MemoryTableRows.field(schema, column).orElseThrow(() -> StoreAssignment.unresolvedColumn(column, schema));
    }
    QueryText rows = definition.query().isPresent()
        ? MemoryTableRows.byPosition(session, name.quoted(), schema, definition.query().get(), Optional.empty())
        : MemoryTableRows.empty(session, schema);
    MemoryTable table = new MemoryTable(name.catalog().name(), name.namespace(), name.name(), schema,
        definition.partitionColumns(), definition.provider(), definition.properties(), definition.columnComments(),
        session.storeRows(rows));
    if (existing.isPresent()) {
      name.catalog().put(table);
      session.dropStoredRows(existing.get().storage());
      return;
    }
    try {
      name.catalog().create(table);
    } catch (RuntimeException taken) {
      session.dropStoredRows(table.storage());
      throw taken;
    }
  }

  private static void drop(EngineSession session, MemoryTableName name, boolean ifExists) {
    Optional<MemoryTable> dropped = name.catalog().drop(name.namespace(), name.name());
    if (dropped.isEmpty() && !ifExists) {
      throw CatalogErrors.noSuchTable(dev.ember.plan.errors.ErrorKind.NO_SUCH_TABLE, name.quoted(), name.searchPath());
    }
    dropped.ifPresent(table -> session.dropStoredRows(table.storage()));
  }

  /** INSERT INTO (rows added) and INSERT OVERWRITE (rows replaced), the query's columns by position. */
  private static void insert(EngineSession session, MemoryTableName name, InsertInto insert) {
    MemoryTable table = require(session, name);
    if (!insert.partition().isEmpty()) {
      throw CommandRunner.unsupported("INSERT INTO a table of " + Identifiers.quote(table.catalog())
          + " with a PARTITION clause");
    }
    QueryText rows = MemoryTableRows.byPosition(session, table.quoted(), table.schema(), insert.query(),
        insert.columns());
    if (insert.overwrite()) {
      replaceRows(session, table, rows);
    } else {
      session.appendRows(table.storage(), rows);
    }
  }

  /** The table's rows become {@code rows}: stored anew, then the old ones dropped. */
  static void replaceRows(EngineSession session, MemoryTable table, QueryText rows) {
    MemoryTable stored = table.storedIn(session.storeRows(rows));
    sessionCatalogPut(session, stored);
    session.dropStoredRows(table.storage());
  }

  private static void sessionCatalogPut(EngineSession session, MemoryTable table) {
    session.catalog().memoryCatalog(table.catalog()).orElseThrow().put(table);
  }

  /** DESCRIBE TABLE: each column (name, type, comment), then the partition columns, as Spark's v2 DESCRIBE. */
  private static QueryResult describe(MemoryTable table) {
    List<Object[]> rows = new ArrayList<>();
    for (StructField column : table.schema().fields()) {
      rows.add(new Object[] {column.name(), column.dataType().simpleString(),
          table.columnComment(column.name()).orElse(null)});
    }
    if (!table.partitioning().isEmpty()) {
      rows.add(new Object[] {"# Partition Information", "", ""});
      rows.add(new Object[] {"# col_name", "data_type", "comment"});
      for (String partition : table.partitioning()) {
        StructField column = MemoryTableRows.field(table.schema(), partition).orElseThrow();
        rows.add(new Object[] {column.name(), column.dataType().simpleString(),
            table.columnComment(column.name()).orElse(null)});
      }
    }
    return new QueryResult(new StructType(List.of(new StructField("col_name", AtomicType.STRING, false),
        new StructField("data_type", AtomicType.STRING, false), new StructField("comment", AtomicType.STRING, true))),
        rows);
  }

  /** SHOW TABLES IN cat[.ns]: the namespace's tables (Spark's v2 listing: no temporary views). */
  private static QueryResult show(MemoryCatalog catalog, List<String> namespace, Optional<String> pattern) {
    Optional<Pattern> matching = pattern.map(dev.ember.catalog.NamePatterns::of);
    List<Object[]> rows = new ArrayList<>();
    for (MemoryTable table : catalog.tables(namespace)) {
      if (matching.map(regex -> regex.matcher(table.name()).matches()).orElse(true)) {
        rows.add(new Object[] {Identifiers.quoteIfNeeded(namespace), table.name(), false});
      }
    }
    return new QueryResult(new StructType(List.of(new StructField("namespace", AtomicType.STRING, false),
        new StructField("tableName", AtomicType.STRING, false),
        new StructField("isTemporary", AtomicType.BOOLEAN, false))), rows);
  }

  /**
   * CALL: the procedure {@code dummy.increment()} Spark's in-memory catalogs have (their counter, incremented, in a
   * column {@code out}); no other procedure is served.
   */
  static QueryResult call(EngineSession session, dev.ember.plan.command.CallProcedure call) {
    Optional<MemoryTableName> name = session.catalog().memoryTableName(call.nameParts());
    if (name.isPresent() && name.get().namespace().equals(List.of("dummy")) && name.get().name().equals("increment")
        && call.arguments().isEmpty()) {
      return new QueryResult(new StructType(List.of(new StructField("out", AtomicType.INTEGER, true))),
          List.<Object[]>of(new Object[] {name.get().catalog().increment()}));
    }
    throw dev.ember.plan.errors.SparkErrors.unsupportedCall("CALL " + Identifiers.quoteNameParts(call.nameParts()),
        "SQL", "Ember serves only the procedure dummy.increment() of Spark's in-memory catalogs.");
  }

  private static StructType asNullable(StructType schema) {
    return new StructType(schema.fields().stream()
        .map(field -> new StructField(field.name(), field.dataType(), true)).toList());
  }
}
