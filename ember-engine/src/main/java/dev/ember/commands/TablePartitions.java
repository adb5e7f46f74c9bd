package dev.ember.commands;

import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.Warehouse;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
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
import java.util.stream.Stream;

/**
 * SHOW PARTITIONS: a partitioned table's partitions, {@code col=value/...} as Spark names them. Ember keeps no list of
 * partitions apart from the files: a partition is a directory of the table's location, one level per partition
 * column, each named {@code column=value}, that holds files.
 */
final class TablePartitions {
  private TablePartitions() {
  }

  static QueryResult show(EngineSession session, ShowPartitions show) {
    CatalogTable table = session.catalog().requireTable(show.nameParts());
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView(show.operation(), table.name(), false);
    }
    if (table.partitionColumns().isEmpty()) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_PARTITION_OPERATION.PARTITION_SCHEMA_IS_EMPTY", "42601",
          "The partition command is invalid. Table " + table.name().quoted() + " is not partitioned.",
          Map.of("name", table.name().quoted()));
    }
    List<String> partitions = new ArrayList<>();
    collect(Warehouse.path(table.location().orElseThrow()), table.partitionColumns(), "", partitions);
    List<Object[]> rows = new ArrayList<>();
    partitions.stream().sorted().forEach(partition -> rows.add(new Object[] {partition}));
    return new QueryResult(CommandRunner.strings("partition"), rows);
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
