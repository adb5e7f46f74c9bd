package dev.ember.commands;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.AlterTable;
import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateNamespace;
import dev.ember.plan.command.CreateTable;
import dev.ember.plan.command.CreateTableLike;
import dev.ember.plan.command.CreateView;
import dev.ember.plan.command.DescribeTable;
import dev.ember.plan.command.DropNamespace;
import dev.ember.plan.command.DropTable;
import dev.ember.plan.command.RefreshTable;
import dev.ember.plan.command.ShowCreateTable;
import dev.ember.plan.command.ShowNamespaces;
import dev.ember.plan.command.ShowTableProperties;
import dev.ember.plan.command.TruncateTable;

/** The commands over the warehouse's catalog: databases, tables and persistent views. */
final class CatalogCommands {
  private CatalogCommands() {
  }

  static QueryResult run(EngineSession session, Command command) {
    if (command instanceof CreateNamespace create) {
      Databases.create(session, create);
    } else if (command instanceof DropNamespace drop) {
      Databases.drop(session, drop);
    } else if (command instanceof dev.ember.plan.command.AlterNamespaceCollation alter) {
      Databases.alterCollation(session, alter);
    } else if (command instanceof dev.ember.plan.command.DescribeNamespace describe) {
      return Databases.describe(session, describe);
    } else if (command instanceof ShowNamespaces show) {
      return Databases.show(session, show);
    } else if (command instanceof CreateTable create && create.query().isPresent()) {
      TableWrites.createAsSelect(session, create);
    } else if (command instanceof CreateTable create) {
      Tables.create(session, create);
    } else if (command instanceof dev.ember.plan.command.InsertInto insert) {
      TableInserts.insert(session, insert);
    } else if (command instanceof dev.ember.plan.command.ModifyTable modify) {
      throw Tables.unsupportedOperation(session, modify);
    } else if (command instanceof dev.ember.plan.command.SaveAsTable save) {
      TableWrites.saveAsTable(session, save);
    } else if (command instanceof CreateTableLike like) {
      Tables.createLike(session, like);
    } else if (command instanceof dev.ember.plan.command.DeleteFromTable delete) {
      throw Tables.unsupportedOperation(session, new dev.ember.plan.command.ModifyTable(delete.nameParts(), "DELETE"));
    } else if (command instanceof dev.ember.plan.command.UpdateTable update) {
      throw Tables.unsupportedOperation(session, new dev.ember.plan.command.ModifyTable(update.nameParts(),
          "UPDATE TABLE"));
    } else if (command instanceof dev.ember.plan.command.WriteToTable write) {
      MemoryTableWrites.run(session, write);
    } else if (command instanceof dev.ember.plan.command.ReplaceTable replace
        && replace.definition().query().isEmpty()) {
      // spark_catalog's file tables are v1 tables, which Spark cannot replace
      throw Tables.unsupportedOperation(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          Tables.qualify(session.catalog(), replace.definition().nameParts()).quoted(), "REPLACE TABLE");
    } else if (command instanceof dev.ember.plan.command.ReplaceTable replace) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("REPLACE TABLE", "SQL", "Ember replaces tables of a "
          + "configured catalog only; REPLACE TABLE over spark_catalog's data source tables is Spark's v2-only "
          + "operation too.");
    } else if (command instanceof dev.ember.plan.command.MergeIntoTable merge) {
      MemoryTableMerges.run(session, merge);
    } else if (command instanceof dev.ember.plan.command.CallProcedure call) {
      return MemoryTables.call(session, call);
    } else if (command instanceof DropTable drop) {
      Tables.drop(session, drop);
    } else if (command instanceof TruncateTable truncate) {
      Tables.truncate(session, truncate);
    } else if (command instanceof RefreshTable refresh) {
      Tables.refresh(session, refresh);
    } else if (command instanceof CreateView view) {
      PersistentViews.create(session, view);
    } else if (command instanceof DescribeTable describe) {
      return TableDescriptions.describe(session, describe);
    } else if (command instanceof dev.ember.plan.command.DescribeColumn describe) {
      return TableDescriptions.column(session, describe);
    } else if (command instanceof dev.ember.plan.command.ShowColumns show) {
      return TableDescriptions.columns(session, show);
    } else if (command instanceof ShowTableProperties show) {
      return TableDescriptions.properties(session, show);
    } else if (command instanceof dev.ember.plan.command.ShowPartitions show) {
      return TablePartitions.show(session, show);
    } else if (command instanceof dev.ember.plan.command.RecoverPartitions recover) {
      TablePartitions.recover(session, recover);
    } else if (command instanceof dev.ember.plan.command.AlterPartitions alter) {
      TablePartitions.alter(session, alter);
    } else if (command instanceof dev.ember.plan.command.RenamePartition rename) {
      TablePartitions.rename(session, rename);
    } else if (command instanceof ShowCreateTable show) {
      return ShowCreateTables.show(session, show);
    } else if (command instanceof AlterTable alter) {
      TableAlterations.alter(session, alter);
    } else if (command instanceof dev.ember.plan.command.AlterNamespace alter) {
      Databases.alter(session, alter);
    } else {
      throw new IllegalStateException("not a catalog command: " + command);
    }
    return CommandRunner.nothing();
  }
}
