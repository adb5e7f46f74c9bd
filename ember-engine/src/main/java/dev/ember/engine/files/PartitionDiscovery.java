package dev.ember.engine.files;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.resolved.FilePartitions;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spark's partition discovery ({@code PartitioningUtils.parsePartitions}): each directory holding
 * data files is walked up towards its base path, collecting {@code column=value} names; the
 * directories that have such names are the partitions, all with the same columns under one base path.
 * Value types are inferred ({@link PartitionValueTypes}) unless the user's schema names the column.
 */
final class PartitionDiscovery {
  static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private PartitionDiscovery() {
  }

  /** One directory's partition: its columns' names and raw values, and the base path the walk stopped at. */
  private record Partition(Path directory, List<String> names, List<String> values, Path basePath) {
  }

  /**
   * The partitions of {@code leafDirectories} (directories holding data files) under {@code basePaths};
   * empty when none is partitioned.
   */
  static Optional<Discovered> discover(Set<Path> basePaths, Map<Path, List<Path>> leafDirectories,
      Optional<StructType> userSchema, boolean inferTypes) {
    List<Partition> partitions = new ArrayList<>();
    for (Path directory : leafDirectories.keySet()) {
      parse(directory, basePaths).ifPresent(partitions::add);
    }
    if (partitions.isEmpty()) {
      return Optional.empty();
    }
    Set<Path> discoveredBasePaths = partitions.stream().map(Partition::basePath)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (discoveredBasePaths.size() > 1) {
      String paths = discoveredBasePaths.stream().map(path -> "file:" + path)
          .collect(Collectors.joining("\n\t", "\n\t", "\n"));
      throw new EmberException(ErrorKind.RUNTIME, "CONFLICTING_DIRECTORY_STRUCTURES", "KD009",
          "Conflicting directory structures detected.\nSuspicious paths:\n" + paths + "\nIf provided paths are "
              + "partition directories, please set \"basePath\" in the options of the data source to specify the "
              + "root directory of the table.\nIf there are multiple root directories, please load them separately "
              + "and then union them.", Map.of("discoveredBasePaths", paths));
    }
    Set<List<String>> columnLists = partitions.stream().map(Partition::names).collect(Collectors.toCollection(LinkedHashSet::new));
    if (columnLists.size() > 1) {
      throw conflictingNames(columnLists, partitions);
    }
    List<String> names = partitions.get(0).names();
    List<StructField> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(new StructField(names.get(i), columnType(names.get(i), i, partitions, userSchema, inferTypes), true));
    }
    Map<String, List<String>> valuesByFile = new LinkedHashMap<>();
    for (Partition partition : partitions) {
      for (Path file : leafDirectories.get(partition.directory())) {
        valuesByFile.put(file.toString(), partition.values());
      }
    }
    return Optional.of(new Discovered(new FilePartitions(columns, valuesByFile)));
  }

  /** What discovery found: the partitions, whose files are the ones read. */
  record Discovered(FilePartitions partitions) {
    List<String> files() {
      return partitions.valuesByFile().keySet().stream().sorted().toList();
    }
  }

  private static Optional<Partition> parse(Path directory, Set<Path> basePaths) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Path current = directory;
    while (current != null && !basePaths.contains(current)) {
      String name = current.getFileName() == null ? "" : current.getFileName().toString();
      int equals = name.indexOf('=');
      if (equals <= 0) {
        if (!names.isEmpty()) {
          break;
        }
      } else {
        names.add(0, unescape(name.substring(0, equals)));
        String value = unescape(name.substring(equals + 1));
        values.add(0, value.equals(DEFAULT_PARTITION) ? null : value);
      }
      current = current.getParent();
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Partition(directory, names, values, current));
  }

  private static DataType columnType(String name, int index, List<Partition> partitions, Optional<StructType> userSchema,
      boolean inferTypes) {
    Optional<StructField> declared = userSchema.flatMap(schema -> schema.fields().stream()
        .filter(field -> field.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst());
    if (declared.isPresent()) {
      return declared.get().dataType();
    }
    if (!inferTypes) {
      return AtomicType.STRING;
    }
    DataType type = AtomicType.NULL;
    for (Partition partition : partitions) {
      type = PartitionValueTypes.wider(type, PartitionValueTypes.infer(partition.values().get(index)));
    }
    return type == AtomicType.NULL ? AtomicType.STRING : type;
  }

  /** Spark escapes partition names and values with {@code %XX}. */
  private static String unescape(String text) {
    return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static EmberException conflictingNames(Set<List<String>> columnLists, List<Partition> partitions) {
    String lists = columnLists.stream().map(list -> "Partition column name list: " + String.join(", ", list))
        .collect(Collectors.joining("\n\t", "\t", "\n"));
    String suspicious = partitions.stream().map(partition -> "file:" + partition.directory())
        .collect(Collectors.joining("\n\t", "\t", "\n"));
    return new EmberException(ErrorKind.RUNTIME, "CONFLICTING_PARTITION_COLUMN_NAMES", "KD009",
        "Conflicting partition column names detected:\n" + lists + "\nFor partitioned table directories, data files "
            + "should only live in leaf directories.\nAnd directories at the same level should have the same partition "
            + "column name.\nPlease check the following directories for unexpected files or inconsistent partition "
            + "column names:\n" + suspicious, Map.of("distinctPartColLists", lists, "suspiciousPaths", suspicious));
  }
}
