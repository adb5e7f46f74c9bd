package dev.ember.engine.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives the files the engine wrote Spark's names and places: {@code part-NNNNN-<job uuid>.cNNN<extension>} (e.g.
 * {@code .snappy.parquet}, {@code .csv.gz}) in Hive-style partition directories named as Spark names them. The
 * engine's layout is a directory level {@code name=value} per partition column (the value as text), then one level
 * per file chunk when the rows per file are limited, then its files.
 */
public record PartFiles(List<String> partitionColumns, boolean chunked, String jobId, String extension) {
  public PartFiles {
    partitionColumns = List.copyOf(partitionColumns);
  }

  /** Moves the files under {@code raw} into {@code output}; returns the partition directories made, relative. */
  public List<Path> arrange(Path raw, Path output) {
    Map<Path, List<Path>> byDirectory = new LinkedHashMap<>();
    for (Path file : files(raw)) {
      Path relative = raw.relativize(file);
      List<String> values = new ArrayList<>();
      for (int level = 0; level < partitionColumns.size(); level++) {
        values.add(PartitionPaths.duckDbValue(relative.getName(level).toString()));
      }
      Path directory = partitionColumns.isEmpty() ? Path.of("")
          : Path.of(PartitionPaths.directory(partitionColumns, values));
      byDirectory.computeIfAbsent(directory, key -> new ArrayList<>()).add(file);
    }
    try {
      for (Map.Entry<Path, List<Path>> entry : byDirectory.entrySet()) {
        Path directory = Files.createDirectories(output.resolve(entry.getKey().toString()));
        List<Path> files = entry.getValue();
        for (int index = 0; index < files.size(); index++) {
          Files.move(files.get(index), directory.resolve(name(index)), StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return partitionColumns.isEmpty() ? List.of() : List.copyOf(byDirectory.keySet());
  }

  /** Spark names a task's files {@code part-<task>-<job>.c<counter>}; chunks of one task count up the counter. */
  private String name(int index) {
    int task = chunked ? 0 : index;
    int counter = chunked ? index : 0;
    return String.format("part-%05d-%s.c%03d%s", task, jobId, counter, extension);
  }

  /** The engine's files in row order: by partition directory, chunk, then the engine's own file number. */
  private static List<Path> files(Path raw) {
    try (Stream<Path> walk = Files.walk(raw)) {
      return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(PartFiles::sortKey)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path with every number zero-padded, so that {@code data_10} sorts after {@code data_9}. */
  private static String sortKey(Path path) {
    String text = path.toString();
    StringBuilder key = new StringBuilder();
    java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+").matcher(text);
    int end = 0;
    while (numbers.find()) {
      key.append(text, end, numbers.start()).append(String.format("%20s", numbers.group()));
      end = numbers.end();
    }
    return key.append(text.substring(end)).toString();
  }
}
