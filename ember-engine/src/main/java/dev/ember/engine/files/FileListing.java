package dev.ember.engine.files;

import dev.ember.plan.resolved.FilePartitions;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a read sees, as Spark's {@code InMemoryFileIndex} lists them: every non-empty data file
 * under the paths that passes {@code pathGlobFilter} and {@code modifiedBefore/After}; then, unless
 * {@code recursiveFileLookup}, partition discovery — the files of the partition directories with their
 * column values, or, when nothing is partitioned, only the files directly in the given directories.
 */
public record FileListing(List<String> files, FilePartitions partitions, List<String> emptyFiles) {
  public FileListing {
    files = List.copyOf(files);
    emptyFiles = List.copyOf(emptyFiles);
  }

  private FileListing(List<String> files, FilePartitions partitions) {
    this(files, partitions, List.of());
  }

  /**
   * The listing with the empty files it skipped: Spark lists them too (a file of no bytes, {@code /dev/null}) and
   * its scans skip them, but they are what schema inference sees when the read has no other file.
   */
  private FileListing withEmptyFiles(List<String> empty) {
    return new FileListing(files, partitions, empty);
  }

  public static FileListing of(List<String> paths, FileSourceOptions options, Optional<StructType> userSchema) {
    List<Path> roots = FilePaths.roots(paths);
    List<String> empty = roots.stream().filter(root -> isEmptyFile(root, options)).map(Path::toString).sorted().toList();
    return listed(roots, options, userSchema).withEmptyFiles(empty);
  }

  private static FileListing listed(List<Path> roots, FileSourceOptions options, Optional<StructType> userSchema) {
    Map<Path, List<Path>> leafDirectories = new TreeMap<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        walk(root, options, leafDirectories);
      } else if (accepts(root, options)) {
        leafDirectories.computeIfAbsent(root.getParent(), parent -> new ArrayList<>()).add(root);
      }
    }
    if (options.recursive()) {
      return new FileListing(allFiles(leafDirectories), FilePartitions.NONE);
    }
    Set<Path> basePaths = new LinkedHashSet<>();
    if (options.basePath().isPresent()) {
      basePaths.add(options.basePath().get());
    } else {
      roots.forEach(root -> basePaths.add(Files.isDirectory(root) ? root : root.getParent()));
    }
    Optional<PartitionDiscovery.Discovered> discovered = PartitionDiscovery.discover(basePaths, leafDirectories, userSchema,
        options.inferPartitionTypes());
    if (discovered.isPresent()) {
      return new FileListing(discovered.get().files(), discovered.get().partitions());
    }
    List<String> direct = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        leafDirectories.getOrDefault(root, List.of()).forEach(file -> direct.add(file.toString()));
      } else if (leafDirectories.getOrDefault(root.getParent(), List.of()).contains(root)) {
        direct.add(root.toString());
      }
    }
    return new FileListing(direct.stream().distinct().sorted().toList(), FilePartitions.NONE);
  }

  private static List<String> allFiles(Map<Path, List<Path>> leafDirectories) {
    return leafDirectories.values().stream().flatMap(List::stream).map(Path::toString).distinct().sorted().toList();
  }

  /** Every data file under {@code directory}, by the directory holding it; hidden names are skipped at every level. */
  private static void walk(Path directory, FileSourceOptions options, Map<Path, List<Path>> leafDirectories) {
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted().toList()) {
        if (FilePaths.isHidden(entry)) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          walk(entry, options, leafDirectories);
        } else if (accepts(entry, options)) {
          leafDirectories.computeIfAbsent(directory, parent -> new ArrayList<>()).add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path naming a file of no bytes (or a device such as {@code /dev/null}) that passes the filters. */
  private static boolean isEmptyFile(Path path, FileSourceOptions options) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return !attributes.isDirectory() && attributes.size() == 0 && options.matchesName(path)
          && options.matchesModification(attributes.lastModifiedTime().toInstant());
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * Spark reads non-empty files that pass the name and modification-time filters. An entry whose
   * attributes cannot be read (a dangling symbolic link, a link loop) is skipped, as Hadoop's listing does.
   */
  private static boolean accepts(Path file, FileSourceOptions options) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException unreadable) {
      return false;
    }
    return attributes.isRegularFile() && attributes.size() > 0 && options.matchesName(file)
        && options.matchesModification(attributes.lastModifiedTime().toInstant());
  }
}
