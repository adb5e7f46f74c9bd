package dev.ember.commands;

import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.TableName;
import dev.ember.catalog.Warehouse;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.files.PartitionPaths;
import dev.ember.plan.command.AlterPartitions;
import dev.ember.plan.command.RecoverPartitions;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.command.ShowPartitions;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The partitions of partitioned tables, {@code col=value/...} as Spark names them: SHOW PARTITIONS, RECOVER
 * PARTITIONS, and the partitions a write adds. A partition's directory is one level of the table's location per
 * partition column, each named {@code column=value}, that holds files; a table keeps the partitions it has (a table
 * an older Ember created keeps none: its partitions are the directories).
 */
final class TablePartitions {
  private TablePartitions() {
  }

  static QueryResult show(EngineSession session, ShowPartitions show) {
    CatalogTable table = partitionedTable(session, show.nameParts(), show.operation(), "SHOW PARTITIONS");
    List<Object[]> rows = new ArrayList<>();
    new TreeSet<>(table.partitions().orElseGet(() -> onDisk(table))).forEach(name -> rows.add(new Object[] {name}));
    return new QueryResult(CommandRunner.strings("partition"), rows);
  }

  static void recover(EngineSession session, RecoverPartitions recover) {
    CatalogTable table = partitionedTable(session, recover.nameParts(), recover.viewOperation(), recover.command());
    List<String> directories = onDisk(table);
    TreeSet<String> partitions = new TreeSet<>(table.partitions().orElse(List.of()));
    if (recover.add()) {
      partitions.addAll(directories);
    }
    if (recover.drop()) {
      partitions.retainAll(directories);
    }
    update(session, table.name(), List.copyOf(partitions));
  }

  /**
   * ALTER TABLE ... ADD PARTITION (its directory created) and DROP PARTITION (a managed table's directory deleted):
   * Spark's PARTITIONS_ALREADY_EXIST and PARTITIONS_NOT_FOUND unless IF [NOT] EXISTS tolerates them.
   */
  static void alter(EngineSession session, AlterPartitions alter) {
    String operation = alter.drop() ? "ALTER TABLE ... DROP PARTITION" : "ALTER TABLE ... ADD PARTITION";
    CatalogTable table = session.catalog().requireTable(alter.nameParts());
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView(operation, table.name(), false);
    }
    if (table.partitionColumns().isEmpty()) {
      String action = alter.drop() ? "ALTER TABLE DROP PARTITION" : "ALTER TABLE ADD PARTITION";
      String name = String.join(".", alter.nameParts());
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1251", null, action + " is not allowed on "
          + name + " since its partition metadata is not stored in the Hive metastore. To import this information "
          + "into the metastore, run `msck repair table " + name + "`.", Map.of("action", action, "tableName", name));
    }
    TreeSet<String> partitions = new TreeSet<>(table.partitions().orElseGet(() -> onDisk(table)));
    for (Map<String, Optional<Expression>> spec : alter.specs()) {
      Map<String, String> values = values(session, table, spec);
      boolean complete = values.size() == table.partitionColumns().size();
      String name = complete ? PartitionPaths.directory(table.partitionColumns(), table.partitionColumns().stream()
          .map(column -> values.get(column.toLowerCase(Locale.ROOT))).toList()) : "";
      if (!alter.drop() && !complete) {
        throw partialSpec(table, values);
      }
      boolean exists = complete && partitions.contains(name);
      if (exists != alter.drop()) {
        if (alter.tolerant()) {
          continue;
        }
        throw partitionsError(table, values, alter.drop());
      }
      Path directory = Warehouse.path(table.location().orElseThrow()).resolve(name);
      if (alter.drop()) {
        partitions.remove(name);
        if (table.kind() == dev.ember.catalog.TableKind.MANAGED) {
          TableFiles.delete(directory.toString());
        }
      } else {
        partitions.add(name);
        TableFiles.create(directory.toString());
      }
    }
    update(session, table.name(), List.copyOf(partitions));
  }

  /**
   * ALTER TABLE ... PARTITION (...) RENAME TO PARTITION (...): both specs name every partition column (Spark's
   * _LEGACY_ERROR_TEMP_1232), the old partition exists and the new one does not; its directory moves.
   */
  static void rename(EngineSession session, dev.ember.plan.command.RenamePartition rename) {
    CatalogTable table = session.catalog().requireTable(rename.nameParts());
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView("ALTER TABLE ... RENAME TO PARTITION", table.name(), false);
    }
    Map<String, String> from = values(session, table, rename.from());
    Map<String, String> to = values(session, table, rename.to());
    for (Map<String, String> spec : List.of(from, to)) {
      if (spec.size() != table.partitionColumns().size()) {
        throw partialSpec(table, spec);
      }
    }
    TreeSet<String> partitions = new TreeSet<>(table.partitions().orElseGet(() -> onDisk(table)));
    String fromName = name(table, from);
    String toName = name(table, to);
    if (!partitions.contains(fromName)) {
      throw partitionsError(table, from, true);
    }
    if (partitions.contains(toName)) {
      throw partitionsError(table, to, false);
    }
    Path location = Warehouse.path(table.location().orElseThrow());
    if (Files.isDirectory(location.resolve(fromName))) {
      try {
        Files.createDirectories(location.resolve(toName).getParent());
        Files.move(location.resolve(fromName), location.resolve(toName));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    partitions.remove(fromName);
    partitions.add(toName);
    update(session, table.name(), List.copyOf(partitions));
  }

  /** A complete spec's partition name, {@code a=1/b=x}. */
  private static String name(CatalogTable table, Map<String, String> values) {
    return PartitionPaths.directory(table.partitionColumns(), table.partitionColumns().stream()
        .map(column -> values.get(column.toLowerCase(Locale.ROOT))).toList());
  }

  /** A spec's values as text by lower-case column, in the spec's order; a column not partitioning the table fails. */
  static Map<String, String> values(EngineSession session, CatalogTable table,
      Map<String, Optional<Expression>> spec) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, Optional<Expression>> entry : spec.entrySet()) {
      String column = table.partitionColumns().stream().filter(entry.getKey()::equalsIgnoreCase).findFirst()
          .orElseThrow(() -> new EmberException(ErrorKind.ANALYSIS, "PARTITIONS_NOT_FOUND", "428FT",
              "The partition(s) `" + entry.getKey() + "` cannot be found in table " + table.name().quoted()
                  + ".\nVerify the partition specification and table name.\nTo tolerate the error on drop use "
                  + "ALTER TABLE … DROP IF EXISTS PARTITION.",
              Map.of("partitionList", "`" + entry.getKey() + "`", "tableName", table.name().quoted())));
      Literal value = CommandRunner.evaluate(session, List.of(entry.getValue().orElseThrow(
          () -> partialSpec(table, Map.of(entry.getKey(), ""))))).get(0);
      values.put(column.toLowerCase(Locale.ROOT), text(session, value.value()));
    }
    return values;
  }

  /** A partition value as Spark casts it to text: a timestamp in the session's time zone, without a zone. */
  private static String text(EngineSession session, Object value) {
    if (value instanceof java.time.Instant instant) {
      value = java.time.LocalDateTime.ofInstant(instant, java.time.ZoneId.of(session.conf().timeZone()));
    }
    if (value instanceof java.time.LocalDateTime local) {
      return dev.ember.plan.text.LiteralText.withFraction(local);
    }
    return String.valueOf(value);
  }

  /** PARTITIONS_ALREADY_EXIST or PARTITIONS_NOT_FOUND, the spec written as Spark writes it. */
  static EmberException partitionsError(CatalogTable table, Map<String, String> values, boolean drop) {
    String list = "PARTITION (" + String.join(", ", values.entrySet().stream()
        .map(entry -> "`" + entry.getKey() + "` = " + entry.getValue()).toList()) + ")";
    String tableName = dev.ember.plan.expressions.Identifiers.quoteNameParts(List.of(table.name().database(),
        table.name().table()));
    return drop
        ? new EmberException(ErrorKind.ANALYSIS, "PARTITIONS_NOT_FOUND", "428FT", "The partition(s) " + list
            + " cannot be found in table " + tableName + ".\nVerify the partition specification and table name.\n"
            + "To tolerate the error on drop use ALTER TABLE … DROP IF EXISTS PARTITION.",
            Map.of("partitionList", list, "tableName", tableName))
        : new EmberException(ErrorKind.ANALYSIS, "PARTITIONS_ALREADY_EXIST", "428FT", "Cannot ADD or RENAME TO "
            + "partition(s) " + list + " in table " + tableName + " because they already exist.\nChoose a different "
            + "name, drop the existing partition, or add the IF NOT EXISTS clause to tolerate a pre-existing "
            + "partition.", Map.of("partitionList", list, "tableName", tableName));
  }

  /** A spec that names some partition columns only, where every one is needed. */
  static EmberException partialSpec(CatalogTable table, Map<String, String> values) {
    String specKeys = String.join(", ", values.keySet());
    String columns = String.join(", ", table.partitionColumns());
    return new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1232", null, "Partition spec is invalid. The "
        + "spec (" + specKeys + ") must match the partition spec (" + columns + ") defined in table '"
        + table.name().quoted() + "'.", Map.of("specKeys", specKeys, "partitionColumnNames", columns, "tableName",
        table.name().quoted()));
  }

  /** The partition directories a table holds before a write into it ({@link #written}). */
  static List<String> beforeWrite(CatalogTable table) {
    return table.partitions().isPresent() ? onDisk(table) : List.of();
  }

  /**
   * After a write into a table: the partition directories it created are the table's partitions, those whose
   * directory it deleted (INSERT OVERWRITE) no longer are.
   */
  static void written(EngineSession session, TableName name, List<String> before) {
    CatalogTable table = session.catalog().state().table(name).orElseThrow();
    if (table.partitions().isEmpty()) {
      return;
    }
    List<String> after = onDisk(table);
    TreeSet<String> partitions = new TreeSet<>(table.partitions().get());
    Path location = Warehouse.path(table.location().orElseThrow());
    partitions.removeIf(partition -> !Files.isDirectory(location.resolve(partition)));
    after.stream().filter(partition -> !before.contains(partition)).forEach(partitions::add);
    update(session, name, List.copyOf(partitions));
  }

  private static void update(EngineSession session, TableName name, List<String> partitions) {
    session.catalog().warehouse().update(state -> state.withTable(state.table(name).orElseThrow()
        .withPartitions(partitions)));
  }

  private static CatalogTable partitionedTable(EngineSession session, List<String> nameParts, String viewOperation,
      String command) {
    CatalogTable table = session.catalog().requireTable(nameParts);
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView(viewOperation, table.name(), false);
    }
    if (table.partitionColumns().isEmpty()) {
      if (command.equals("SHOW PARTITIONS")) {
        throw new EmberException(ErrorKind.ANALYSIS, "INVALID_PARTITION_OPERATION.PARTITION_SCHEMA_IS_EMPTY",
            "42601", "The partition command is invalid. Table " + table.name().quoted() + " is not partitioned.",
            Map.of("name", table.name().quoted()));
      }
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_PARTITIONED_TABLE", "42809", "Operation " + command
          + " is not allowed for " + table.name().quoted() + " because it is not a partitioned table.",
          Map.of("operation", command, "tableIdentWithDB", table.name().quoted()));
    }
    return table;
  }

  /** The partition directories the table's location holds, in name order. */
  static List<String> onDisk(CatalogTable table) {
    List<String> partitions = new ArrayList<>();
    collect(Warehouse.path(table.location().orElseThrow()), table.partitionColumns(), "", partitions);
    return partitions.stream().sorted().toList();
  }

  /** The partition directories under {@code directory} for {@code columns} (the next level's column first). */
  private static void collect(Path directory, List<String> columns, String prefix, List<String> partitions) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    if (columns.isEmpty()) {
      if (holdsFiles(directory)) {
        partitions.add(prefix);
      }
      return;
    }
    String column = columns.get(0).toLowerCase(Locale.ROOT) + "=";
    for (Path child : children(directory)) {
      String name = child.getFileName().toString();
      if (Files.isDirectory(child) && name.toLowerCase(Locale.ROOT).startsWith(column)) {
        collect(child, columns.subList(1, columns.size()), prefix.isEmpty() ? name : prefix + "/" + name, partitions);
      }
    }
  }

  private static boolean holdsFiles(Path directory) {
    return children(directory).stream().anyMatch(child -> Files.isRegularFile(child)
        && !child.getFileName().toString().startsWith(".") && !child.getFileName().toString().startsWith("_"));
  }

  private static List<Path> children(Path directory) {
    try (Stream<Path> children = Files.list(directory)) {
      return children.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
