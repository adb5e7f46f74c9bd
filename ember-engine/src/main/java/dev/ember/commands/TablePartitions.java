package dev.ember.commands;

import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.TableName;
import dev.ember.catalog.Warehouse;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.RecoverPartitions;
import dev.ember.plan.command.ShowPartitions;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    partitions.retainAll(after);
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
  private static List<String> onDisk(CatalogTable table) {
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
