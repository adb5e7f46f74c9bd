package dev.ember.commands;

import dev.ember.catalog.MemoryTable;
import dev.ember.catalog.MemoryTableName;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.DeleteFromTable;
import dev.ember.plan.command.MergeIntoTable;
import dev.ember.plan.command.UpdateTable;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UPDATE, DELETE FROM and TRUNCATE TABLE of a configured catalog's table, as the table's new rows stored in place of
 * the old: a deleted row is one the condition holds for (NULL keeps it), an updated row takes the assignments' values.
 * Spark's in-memory tables take DELETE from either catalog, UPDATE only from the row-level one.
 */
final class MemoryTableUpdates {
  private MemoryTableUpdates() {
  }

  static void delete(EngineSession session, MemoryTableName name, DeleteFromTable delete) {
    MemoryTable table = MemoryTables.require(session, name);
    Expression deleted = delete.condition().orElse(new Literal(true, AtomicType.BOOLEAN));
    LogicalPlan kept = new Filter(target(delete.nameParts(), delete.alias()), not(deleted));
    MemoryTables.replaceRows(session, table, MemoryTableRows.positional(session, kept));
  }

  static void update(EngineSession session, MemoryTableName name, UpdateTable update) {
    MemoryTable table = MemoryTables.require(session, name);
    if (!name.catalog().supportsRowLevelOperations()) {
      throw Tables.unsupportedOperation(ErrorKind.UNSUPPORTED_OPERATION, table.quoted(), "UPDATE TABLE");
    }
    Expression updated = update.condition().orElse(new Literal(true, AtomicType.BOOLEAN));
    for (MergeIntoTable.Assignment assignment : update.assignments()) {
      String column = assignment.column().get(assignment.column().size() - 1);
      MemoryTableRows.field(table.schema(), column)
          .orElseThrow(() -> StoreAssignment.unresolvedColumn(column, table.schema()));
    }
    List<Expression> columns = new ArrayList<>();
    for (StructField column : table.schema().fields()) {
      Expression value = MemoryTableWrites.attribute(column.name());
      for (MergeIntoTable.Assignment assignment : update.assignments()) {
        if (assignment.column().get(assignment.column().size() - 1).equalsIgnoreCase(column.name())) {
          value = MemoryTableWrites.call("when", MemoryTableWrites.call("coalesce", updated,
              new Literal(false, AtomicType.BOOLEAN)), assignment.value(), value);
        }
      }
      columns.add(new Alias(new Cast(value, column.dataType(), false), column.name()));
    }
    LogicalPlan rows = new Project(target(update.nameParts(), update.alias()), columns);
    MemoryTables.replaceRows(session, table, MemoryTableRows.positional(session, rows));
  }

  static void truncate(EngineSession session, MemoryTableName name) {
    MemoryTable table = MemoryTables.require(session, name);
    MemoryTables.replaceRows(session, table, MemoryTableRows.empty(session, table.schema()));
  }

  private static LogicalPlan target(List<String> nameParts, Optional<String> alias) {
    LogicalPlan table = new UnresolvedRelation(nameParts);
    return alias.<LogicalPlan>map(given -> new SubqueryAlias(table, given)).orElse(table);
  }

  private static Expression not(Expression condition) {
    return MemoryTableWrites.call("not", MemoryTableWrites.call("coalesce", condition,
        new Literal(false, AtomicType.BOOLEAN)));
  }
}
