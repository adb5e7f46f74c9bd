package dev.ember.commands;

import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.TableKind;
import dev.ember.catalog.TableName;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.AlterTable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ALTER TABLE|VIEW: RENAME TO, SET|UNSET TBLPROPERTIES, ADD COLUMNS, ALTER VIEW AS; COMMENT ON TABLE. */
final class TableAlterations {
  private TableAlterations() {
  }

  static void alter(EngineSession session, AlterTable alter) {
    SessionCatalog catalog = session.catalog();
    if (alter.change() instanceof AlterTable.Rename rename && alter.nameParts().size() == 1
        && session.tempView(alter.nameParts().get(0)).isPresent()) {
      renameTempView(session, alter.nameParts().get(0), rename.newName());
      return;
    }
    if (alter.change() instanceof AlterTable.ViewQuery query && alter.nameParts().size() == 1
        && session.tempView(alter.nameParts().get(0)).isPresent()) {
      session.createTempView(alter.nameParts().get(0),
          withCollationOf(session.tempView(alter.nameParts().get(0)).get(), query.query()), true);
      return;
    }
    if (alter.change() instanceof AlterTable.ViewSchemaBinding) {
      if (!session.conf().viewSchemaBindingEnabled()) {
        throw dev.ember.catalog.ViewSchemaErrors.bindingNotEnabled();
      }
      if (alter.nameParts().size() == 1 && session.tempView(alter.nameParts().get(0)).isPresent()) {
        throw dev.ember.catalog.ViewSchemaErrors.temporaryView();
      }
    }
    if (alter.change() instanceof AlterTable.SetComment) {
      SessionCatalog.requireSessionTableName(alter.nameParts());
    }
    if (alter.change() instanceof AlterTable.ChangeColumn) {
      ColumnChanges.requireNotTemporaryView(session, alter.nameParts());
    }
    CatalogTable table = catalog.requireTable(alter.nameParts());
    String operation = operation(alter);
    if (alter.change() instanceof AlterTable.UnsupportedColumnChange unsupported) {
      throw Tables.unsupportedOperation(ErrorKind.ANALYSIS, table.name().quoted(), unsupported.operation());
    }
    if (alter.change() instanceof AlterTable.ChangeColumn change) {
      CatalogTable changed = ColumnChanges.changed(table, change);
      catalog.warehouse().update(state -> state.withTable(changed));
      return;
    }
    if (alter.change() instanceof AlterTable.SetComment comment) {
      CatalogTable commented = table.withComment(comment.comment());
      catalog.warehouse().update(state -> state.withTable(commented));
      return;
    }
    if (alter.view() && !table.isView()) {
      throw CatalogErrors.expectViewNotTable(operation, table.name(), true);
    }
    if (!alter.view() && table.isView()) {
      throw CatalogErrors.expectTableNotView(operation, table.name(), true);
    }
    if (alter.change() instanceof AlterTable.Rename rename) {
      rename(session, table, rename.newName());
      return;
    }
    if (alter.change() instanceof AlterTable.ViewQuery query) {
      // Spark's AlterViewAs: the view's query and columns replaced, its comment and properties kept
      // its DEFAULT COLLATION kept for the new query
      dev.ember.plan.logical.LogicalPlan viewQuery = table.defaultCollation()
          .<dev.ember.plan.logical.LogicalPlan>map(collation -> new dev.ember.plan.logical.DefaultCollation(
              query.query(), collation)).orElse(query.query());
      // its schema mode kept: the one it is read in (BINDING for one that keeps none), as it is while binding is off
      Optional<String> keptMode = session.conf().viewSchemaBindingEnabled()
          ? Optional.of(table.schemaMode(true).text())
          : Optional.ofNullable(table.viewConfs().get(CatalogTable.SCHEMA_MODE));
      PersistentViews.replaceQuery(session, new dev.ember.plan.command.CreateView(table.name().parts(),
          Optional.empty(), Map.of(), viewQuery, query.text(), true, false, table.comment(), table.properties(),
          Optional.empty()), keptMode);
      return;
    }
    if (alter.change() instanceof AlterTable.ViewSchemaBinding binding) {
      // Spark's AlterViewSchemaBindingCommand: the mode replaced, the view's columns and query kept
      Map<String, String> confs = new java.util.HashMap<>(table.viewConfs());
      confs.put(CatalogTable.SCHEMA_MODE, binding.mode());
      CatalogTable rebound = table.withViewConfs(CatalogTable.withQueryColumnNames(confs, table.queryColumnNames()));
      catalog.warehouse().update(state -> state.withTable(rebound));
      return;
    }
    CatalogTable changed = changed(table, alter.change());
    catalog.warehouse().update(state -> state.withTable(changed));
  }

  /** A temporary view's new query under the old one's DEFAULT COLLATION, if it had one. */
  private static dev.ember.plan.logical.LogicalPlan withCollationOf(dev.ember.plan.logical.LogicalPlan old,
      dev.ember.plan.logical.LogicalPlan query) {
    dev.ember.plan.logical.LogicalPlan plan = old;
    while (plan instanceof dev.ember.plan.logical.ToDF toDF) {
      plan = toDF.input();
    }
    return plan instanceof dev.ember.plan.logical.DefaultCollation collated
        ? new dev.ember.plan.logical.DefaultCollation(query, collated.collation()) : query;
  }

  private static CatalogTable changed(CatalogTable table, AlterTable.Change change) {
    if (change instanceof AlterTable.SetProperties set) {
      Map<String, String> properties = new HashMap<>(table.properties());
      properties.putAll(set.properties());
      // Spark's v1 catalog: the comment property is also the table's comment
      return table.withProperties(properties)
          .withComment(Optional.ofNullable(set.properties().get("comment")).or(table::comment));
    }
    if (change instanceof AlterTable.SetStorageProperties set) {
      // Spark's AlterTableSerDePropertiesCommand: added to the storage properties, a file table's options
      Map<String, String> options = new java.util.LinkedHashMap<>(table.options());
      options.putAll(set.properties());
      return table.withOptions(options);
    }
    if (change instanceof AlterTable.UnsetProperties unset) {
      Map<String, String> properties = new HashMap<>(table.properties());
      for (String key : unset.keys()) {
        // Spark 4.2 ignores a key the table lacks, IF EXISTS or not
        properties.remove(key);
      }
      return table.withProperties(properties)
          .withComment(unset.keys().contains("comment") ? Optional.empty() : table.comment());
    }
    AlterTable.AddColumns add = (AlterTable.AddColumns) change;
    List<StructField> data = new ArrayList<>();
    List<StructField> partitions = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      boolean partition = table.partitionColumns().stream().anyMatch(field.name()::equalsIgnoreCase);
      (partition ? partitions : data).add(field);
    }
    for (StructField column : add.columns()) {
      if (table.schema().fields().stream().anyMatch(field -> field.name().equalsIgnoreCase(column.name()))) {
        throw SparkErrors.columnAlreadyExists(column.name());
      }
      data.add(column);
    }
    data.addAll(partitions);
    return table.withSchema(new StructType(data));
  }

  private static void rename(EngineSession session, CatalogTable table, List<String> newName) {
    SessionCatalog catalog = session.catalog();
    TableName target = newName.size() == 1 ? new TableName(table.name().database(), newName.get(0))
        : Tables.qualify(catalog, newName);
    Optional<String> location = table.location();
    if (table.kind() == TableKind.MANAGED) {
      location = Optional.of(catalog.defaultLocation(target));
    }
    Optional<String> newLocation = location;
    catalog.warehouse().update(state -> {
      if (state.table(target).isPresent()) {
        throw CatalogErrors.tableExistsInDatabase(target);
      }
      catalog.requireDatabase(target.database());
      if (table.kind() == TableKind.MANAGED) {
        move(table.location().orElseThrow(), newLocation.orElseThrow());
      }
      return state.withoutTable(table.name()).withTable(table.withName(target, newLocation));
    });
  }

  private static void renameTempView(EngineSession session, String name, List<String> newName) {
    // a temporary view moves to its new name, as Spark renames it
    session.createTempView(newName.get(newName.size() - 1), session.tempView(name).orElseThrow(), false);
    session.dropTempView(name);
  }

  private static void move(String from, String to) {
    try {
      java.nio.file.Path source = dev.ember.catalog.Warehouse.path(from);
      if (Files.exists(source)) {
        Files.move(source, dev.ember.catalog.Warehouse.path(to), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String operation(AlterTable alter) {
    String kind = alter.view() ? "ALTER VIEW" : "ALTER TABLE";
    AlterTable.Change change = alter.change();
    if (change instanceof AlterTable.Rename) {
      return kind + " ... RENAME TO";
    }
    if (change instanceof AlterTable.SetProperties) {
      return kind + " ... SET TBLPROPERTIES";
    }
    if (change instanceof AlterTable.UnsetProperties) {
      return kind + " ... UNSET TBLPROPERTIES";
    }
    if (change instanceof AlterTable.SetComment) {
      return "COMMENT ON TABLE";
    }
    if (change instanceof AlterTable.UnsupportedColumnChange unsupported) {
      return kind + " ... " + unsupported.operation();
    }
    if (change instanceof AlterTable.ViewQuery) {
      return "ALTER VIEW ... AS";
    }
    if (change instanceof AlterTable.ViewSchemaBinding) {
      return "ALTER VIEW ... WITH SCHEMA";
    }
    if (change instanceof AlterTable.ChangeColumn) {
      return "ALTER TABLE ... CHANGE COLUMN";
    }
    if (change instanceof AlterTable.SetStorageProperties) {
      return "ALTER TABLE ... SET [SERDE|SERDEPROPERTIES]";
    }
    return kind + " ... ADD COLUMNS";
  }
}
