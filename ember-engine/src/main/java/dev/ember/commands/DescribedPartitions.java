package dev.ember.commands;

import dev.ember.catalog.CatalogTable;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.files.PartitionPaths;
import dev.ember.plan.command.DescribeTable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DESCRIBE [EXTENDED | FORMATTED] table PARTITION (col = value, ...)}, as Spark's v1 catalog prints it: the
 * table's columns and partitioning, and, extended, the partition's details and the table's storage. A view has no
 * partitions (FORBIDDEN_OPERATION); the spec names every partition column of a partition the table has.
 */
final class DescribedPartitions {
  private DescribedPartitions() {
  }

  static QueryResult describe(EngineSession session, DescribeTable describe, boolean temporary,
      Optional<CatalogTable> found) {
    if (temporary || found.map(CatalogTable::isView).orElse(false)) {
      throw new EmberException(ErrorKind.ANALYSIS, "FORBIDDEN_OPERATION", "42809", "The operation DESC PARTITION is "
          + "not allowed on the " + (temporary ? "TEMPORARY VIEW" : "VIEW") + ": "
          + Identifiers.quoteNameParts(describe.nameParts()) + ".", Map.of("statement", "DESC PARTITION",
              "objectType", temporary ? "TEMPORARY VIEW" : "VIEW",
              "objectName", Identifiers.quoteNameParts(describe.nameParts())));
    }
    CatalogTable table = found.orElseGet(() -> session.catalog().requireTable(describe.nameParts()));
    Map<String, String> partition = partition(session, table, describe.partition().orElseThrow());
    List<Object[]> rows = new ArrayList<>(TableDescriptions.columnsAndPartitioning(table));
    if (describe.extended()) {
      rows.add(new Object[] {"", "", ""});
      rows.add(new Object[] {"# Detailed Partition Information", "", ""});
      rows.add(new Object[] {"Database", table.name().database(), ""});
      rows.add(new Object[] {"Table", table.name().table(), ""});
      partition.forEach((key, value) -> rows.add(new Object[] {key, value, ""}));
      rows.add(new Object[] {"", "", ""});
      rows.add(new Object[] {"# Storage Information", "", ""});
      storage(table).forEach((key, value) -> rows.add(new Object[] {key, value, ""}));
    }
    return new QueryResult(TableDescriptions.schema(), rows);
  }

  /**
   * The table's partition {@code spec} names (every partition column, a partition the table has) as Spark's
   * CatalogTablePartition.toLinkedHashMap describes a data source table's partition.
   */
  static Map<String, String> partition(EngineSession session, CatalogTable table,
      Map<String, dev.ember.plan.expressions.Expression> spec) {
    Map<String, Optional<dev.ember.plan.expressions.Expression>> given = new LinkedHashMap<>();
    spec.forEach((column, value) -> given.put(column, Optional.of(value)));
    Map<String, String> values = TablePartitions.values(session, table, given);
    if (values.size() != table.partitionColumns().size()) {
      throw TablePartitions.partialSpec(table, values);
    }
    List<String> ordered = table.partitionColumns().stream()
        .map(column -> values.get(column.toLowerCase(Locale.ROOT))).toList();
    String directory = PartitionPaths.directory(table.partitionColumns(), ordered);
    if (!table.partitions().orElseGet(() -> TablePartitions.onDisk(table)).contains(directory)) {
      throw TablePartitions.partitionsError(table, values, true);
    }
    return partitionDetails(session, table, ordered, directory);
  }

  private static Map<String, String> partitionDetails(EngineSession session, CatalogTable table, List<String> values,
      String directory) {
    Map<String, String> details = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      pairs.add(table.partitionColumns().get(i) + "=" + values.get(i));
    }
    details.put("Partition Values", "[" + String.join(", ", pairs) + "]");
    table.location().ifPresent(location -> details.put("Location", location + "/" + directory));
    if (!table.options().isEmpty()) {
      details.put("Storage Properties", TableDescriptions.storageProperties(table));
    }
    table.location().flatMap(location -> parameters(location + "/" + directory))
        .ifPresent(parameters -> details.put("Partition Parameters", parameters));
    details.put("Created Time", TableDescriptions.createdTime(session, table.createTime()));
    details.put("Last Access", "UNKNOWN");
    return details;
  }

  /**
   * A written partition's statistics as Spark's catalog keeps them ({@code [numFiles=1, totalSize=15,
   * transient_lastDdlTime=...]}): its data files and their bytes; none for a partition without files (ADD PARTITION).
   */
  private static Optional<String> parameters(String location) {
    java.nio.file.Path directory = dev.ember.catalog.Warehouse.path(location);
    if (!java.nio.file.Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(directory)) {
      List<java.nio.file.Path> files = entries.filter(java.nio.file.Files::isRegularFile).filter(file -> {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_");
      }).toList();
      if (files.isEmpty()) {
        return Optional.empty();
      }
      long bytes = 0;
      for (java.nio.file.Path file : files) {
        bytes += java.nio.file.Files.size(file);
      }
      long modified = java.nio.file.Files.getLastModifiedTime(directory).toMillis() / 1000;
      return Optional.of("[numFiles=" + files.size() + ", totalSize=" + bytes + ", transient_lastDdlTime=" + modified
          + "]");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Spark's describeStorageInfo: the bucketing, then the table's storage. */
  private static Map<String, String> storage(CatalogTable table) {
    Map<String, String> storage = new LinkedHashMap<>();
    table.buckets().ifPresent(buckets -> {
      storage.put("Num Buckets", Integer.toString(buckets.buckets()));
      storage.put("Bucket Columns", TableDescriptions.quotedList(buckets.bucketColumns()));
      storage.put("Sort Columns", TableDescriptions.quotedList(buckets.sortColumns()));
    });
    table.location().ifPresent(location -> storage.put("Location", location));
    if (!table.options().isEmpty()) {
      storage.put("Storage Properties", TableDescriptions.storageProperties(table));
    }
    return storage;
  }
}
