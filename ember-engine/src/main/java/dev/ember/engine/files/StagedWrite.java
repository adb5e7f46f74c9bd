package dev.ember.engine.files;

import dev.ember.plan.command.SaveMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A write's files, made in a staging directory beside the target ({@code .ember-staging-<uuid>}, hidden from Spark's
 * and Ember's readers) and published by renames, as Spark's commit protocol publishes its task files: a write that
 * fails leaves the target as it was. A new or overwritten target appears whole (one rename of the staged directory;
 * the old one is moved aside first and deleted after); an append and a dynamic partition overwrite move file by file
 * or partition by partition, each move atomic.
 */
public final class StagedWrite implements AutoCloseable {
  /** The marker Spark writes when a job commits. */
  public static final String SUCCESS = "_SUCCESS";

  private final Path target;
  private final Path staging;

  private StagedWrite(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Creates the staging directory of a write to {@code target}. */
  public static StagedWrite begin(Path target) {
    Path staging = target.resolveSibling(".ember-staging-" + UUID.randomUUID());
    try {
      Files.createDirectories(staging.resolve("raw"));
      Files.createDirectories(staging.resolve("out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StagedWrite(target, staging);
  }

  /** Where the engine writes its files, in its own layout. */
  public Path rawDirectory() {
    return staging.resolve("raw");
  }

  /** The directory holding the files as they will be published (Spark's names and partition directories). */
  public Path outputDirectory() {
    return staging.resolve("out");
  }

  /** Marks the staged output complete, as Spark's job commit does. */
  public void markSuccess() {
    try {
      Files.createFile(outputDirectory().resolve(SUCCESS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Publishes the staged output: {@code partitionDirectories} are the output's partition directories, relative
   * (only used for a dynamic partition overwrite, which replaces just those).
   */
  public void commit(SaveMode mode, boolean dynamicOverwrite, List<Path> partitionDirectories) {
    try {
      Path output = outputDirectory();
      if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target.getParent());
        Files.move(output, target, StandardCopyOption.ATOMIC_MOVE);
      } else if (mode == SaveMode.OVERWRITE && !dynamicOverwrite) {
        Path old = staging.resolve("old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(output, target, StandardCopyOption.ATOMIC_MOVE);
      } else if (mode == SaveMode.OVERWRITE) {
        replacePartitions(output, partitionDirectories);
      } else {
        moveFiles(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void replacePartitions(Path output, List<Path> partitionDirectories) throws IOException {
    Path old = Files.createDirectories(staging.resolve("old"));
    int replaced = 0;
    for (Path relative : partitionDirectories) {
      Path published = target.resolve(relative);
      if (Files.exists(published)) {
        Files.move(published, old.resolve(String.valueOf(replaced++)), StandardCopyOption.ATOMIC_MOVE);
      }
      Files.createDirectories(published.getParent());
      Files.move(output.resolve(relative), published, StandardCopyOption.ATOMIC_MOVE);
    }
    moveFiles(output);
  }

  /** Moves every staged file into the target at the same relative path; {@code _SUCCESS} last, replacing the old. */
  private void moveFiles(Path output) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals(SUCCESS))
          .sorted().forEach(files::add);
    }
    for (Path file : files) {
      Path published = target.resolve(output.relativize(file).toString());
      Files.createDirectories(published.getParent());
      Files.move(file, published, StandardCopyOption.ATOMIC_MOVE);
    }
    Path success = output.resolve(SUCCESS);
    if (Files.exists(success)) {
      Files.move(success, target.resolve(SUCCESS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the staging directory and what is left in it (the old data of an overwrite, a failed write's files). */
  @Override
  public void close() {
    deleteRecursively(staging);
  }

  public static void deleteRecursively(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
