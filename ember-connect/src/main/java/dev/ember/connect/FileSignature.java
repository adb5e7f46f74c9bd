package dev.ember.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the files a query reads look like now: each file's size and modification time, and the modification time of
 * every directory from the files' own up to the directory they share (a file added to or removed from any of them
 * changes its time). Equal signatures taken at two moments mean the query's analysis — the files it lists, the schema
 * and statistics it reads from them — still holds.
 */
record FileSignature(List<String> files, List<String> paths, List<Long> facts) {
  static final FileSignature NONE = new FileSignature(List.of(), List.of(), List.of());

  /** The signature of {@code files} now; empty when one is no local file (a URL) or cannot be read. */
  static Optional<FileSignature> of(List<String> files) {
    if (files.isEmpty()) {
      return Optional.of(NONE);
    }
    List<Path> localFiles = new ArrayList<>();
    for (String file : files) {
      if (file.contains("://") || file.startsWith("file:")) {
        return Optional.empty();
      }
      localFiles.add(Path.of(file).toAbsolutePath().normalize());
    }
    Set<Path> watched = new LinkedHashSet<>(localFiles);
    Path shared = sharedDirectory(localFiles);
    for (Path file : localFiles) {
      for (Path directory = file.getParent(); directory != null; directory = directory.getParent()) {
        watched.add(directory);
        if (directory.equals(shared)) {
          break;
        }
      }
    }
    List<String> paths = new ArrayList<>();
    List<Long> facts = new ArrayList<>();
    for (Path path : watched) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        paths.add(path.toString());
        facts.add(attributes.isDirectory() ? -1 : attributes.size());
        facts.add(attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
      } catch (IOException | SecurityException gone) {
        return Optional.empty();
      }
    }
    return Optional.of(new FileSignature(List.copyOf(files), List.copyOf(paths), List.copyOf(facts)));
  }

  /** Whether the files and directories look now as they did when this signature was taken. */
  boolean unchanged() {
    return files.isEmpty() || of(files).map(this::equals).orElse(false);
  }

  private static Path sharedDirectory(List<Path> files) {
    Path shared = files.get(0).getParent();
    for (Path file : files) {
      while (shared != null && !file.startsWith(shared)) {
        shared = shared.getParent();
      }
    }
    return shared;
  }
}
