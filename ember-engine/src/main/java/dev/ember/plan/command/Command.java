package dev.ember.plan.command;

/**
 * A statement that does something rather than describe rows (SQL's SET, CREATE VIEW, SHOW TABLES ...): run
 * eagerly when the client sends it, as Spark runs its commands, its output rows returned as local data.
 */
public sealed interface Command
    permits SetConf, ResetConf, CreateTempView, DropView, ShowTables, ShowTableExtended, ShowCurrentNamespace,
        UseNamespace, DescribeQuery, DeclareVariable, SetVariable, DropVariable, CacheTable, CreateNamespace,
        DropNamespace, ShowNamespaces, CreateTable, CreateTableLike, DropTable, CreateView, DescribeTable,
        ShowCreateTable, ShowTableProperties, TruncateTable, RefreshTable, AlterTable, WriteFiles, InsertInto,
        SaveAsTable, ModifyTable, ShowColumns, DescribeNamespace, CreateSqlFunction, CreateClassFunction,
        RefreshFunction, DropSqlFunction, DescribeSqlFunction, SetPath, SqlScript, ShowPartitions, SetCatalog,
        ShowFunctions, RecoverPartitions, AlterPartitions, ReplaceTable, WriteToTable, MergeIntoTable, CallProcedure,
        UpdateTable, DeleteFromTable, AlterNamespace, DescribeColumn, AlterNamespaceCollation, RenamePartition {
}
