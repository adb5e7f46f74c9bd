package dev.ember.commands;

import dev.ember.catalog.MemoryTable;
import dev.ember.catalog.MemoryTableName;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.command.WriteToTable;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code df.writeTo(name)} (DataFrameWriterV2): into a configured catalog's table, every mode as Spark's v2 writes
 * run them (the query's columns by name for append and overwrites); into {@code spark_catalog}, {@code create} as a
 * CREATE TABLE AS SELECT of the writer's provider.
 */
final class MemoryTableWrites {
  private MemoryTableWrites() {
  }

  static void run(EngineSession session, WriteToTable write) {
    Optional<MemoryTableName> name = session.catalog().memoryTableName(write.nameParts());
    if (name.isEmpty()) {
      sessionCatalog(session, write);
      return;
    }
    switch (write.mode()) {
      case CREATE, REPLACE, CREATE_OR_REPLACE -> MemoryTables.create(session, name.get(), definition(write),
          write.mode() != WriteToTable.Mode.CREATE, write.mode() == WriteToTable.Mode.CREATE_OR_REPLACE);
      case APPEND -> {
        MemoryTable table = MemoryTables.require(session, name.get());
        session.appendRows(table.storage(), newRows(session, table, write));
      }
      case OVERWRITE -> {
        MemoryTable table = MemoryTables.require(session, name.get());
        QueryText rows = newRows(session, table, write);
        Expression deleted = write.overwriteCondition().orElse(new Literal(true, AtomicType.BOOLEAN));
        Expression kept = call("not", call("coalesce", deleted, new Literal(false, AtomicType.BOOLEAN)));
        replace(session, table, new Filter(new UnresolvedRelation(write.nameParts()), kept), rows);
      }
      case OVERWRITE_PARTITIONS -> {
        MemoryTable table = MemoryTables.require(session, name.get());
        QueryText rows = newRows(session, table, write);
        if (table.partitioning().isEmpty()) {
          MemoryTables.replaceRows(session, table, rows);
        } else {
          replace(session, table, keptPartitions(table, write), rows);
        }
      }
      default -> throw new IllegalStateException("write mode " + write.mode());
    }
  }

  private static QueryText newRows(EngineSession session, MemoryTable table, WriteToTable write) {
    return MemoryTableRows.byName(session, table.quoted(), table.schema(), write.query());
  }

  /** The table's rows become {@code kept}'s and then {@code rows}. */
  private static void replace(EngineSession session, MemoryTable table, LogicalPlan kept, QueryText rows) {
    MemoryTable stored = table.storedIn(session.storeRows(MemoryTableRows.positional(session, kept)));
    try {
      session.appendRows(stored.storage(), rows);
    } catch (RuntimeException failed) {
      session.dropStoredRows(stored.storage());
      throw failed;
    }
    session.catalog().memoryCatalog(table.catalog()).orElseThrow().put(stored);
    session.dropStoredRows(table.storage());
  }

  /** The table's rows in partitions the query writes none of (partition values compared null-safely). */
  private static LogicalPlan keptPartitions(MemoryTable table, WriteToTable write) {
    List<Expression> written = new ArrayList<>();
    Expression same = null;
    for (int i = 0; i < table.partitioning().size(); i++) {
      String column = table.partitioning().get(i);
      String alias = "__ember_written_" + i;
      written.add(new Alias(attribute(column), alias));
      Expression equal = call("<=>", attribute(column), attribute(alias));
      same = same == null ? equal : call("and", same, equal);
    }
    LogicalPlan partitions = new dev.ember.plan.logical.Deduplicate(new Project(write.query(), written), List.of(), true);
    return new Project(new Join(new UnresolvedRelation(write.nameParts()), partitions, JoinType.LEFT_ANTI,
        Optional.of(same), List.of()), table.schema().fields().stream()
        .map(field -> (Expression) attribute(field.name())).toList());
  }

  private static CreateTable definition(WriteToTable write) {
    return new CreateTable(write.nameParts(), new StructType(List.of()), write.provider(), write.options(),
        write.partitionColumns(), Optional.empty(), Optional.empty(), write.properties(), Optional.empty(), false,
        Optional.of(write.query()), Map.of());
  }

  /** A name of {@code spark_catalog}: {@code create} is CREATE TABLE AS SELECT; the other modes are not served. */
  private static void sessionCatalog(EngineSession session, WriteToTable write) {
    if (write.mode() != WriteToTable.Mode.CREATE) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall(methodName(write.mode()), "DataFrameWriterV2",
          "Ember writes with DataFrameWriterV2 only to create a table of spark_catalog, and in every mode to the "
              + "tables of a configured catalog.");
    }
    TableWrites.createAsSelect(session, new CreateTable(write.nameParts(), new StructType(List.of()),
        Optional.of(write.provider().orElse(session.conf().defaultDataSource())), write.options(),
        write.partitionColumns(), Optional.empty(), Optional.ofNullable(write.options().get("path")),
        write.properties(), Optional.empty(), false, Optional.of(write.query()), Map.of()));
  }

  private static String methodName(WriteToTable.Mode mode) {
    return switch (mode) {
      case CREATE -> "create";
      case REPLACE -> "replace";
      case CREATE_OR_REPLACE -> "createOrReplace";
      case APPEND -> "append";
      case OVERWRITE -> "overwrite";
      case OVERWRITE_PARTITIONS -> "overwritePartitions";
    };
  }

  static UnresolvedAttribute attribute(String name) {
    return new UnresolvedAttribute(List.of(name), OptionalLong.empty());
  }

  static Expression call(String function, Expression... arguments) {
    return new UnresolvedFunction(function, List.of(arguments), false);
  }
}
