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
 * or partition by partition, each move atomic. The renames are journaled and the write holds a lock on its staging
 * directory: when a process dies while publishing, the next write or read of the target finishes the renames, so a
 * reader sees the old data or the new, never part of a write.
 */
public final class StagedWrite implements AutoCloseable {
  /** The marker Spark writes when a job commits. */
  public static final String SUCCESS = "_SUCCESS";

  private static final String STAGING_PREFIX = ".ember-staging-";
  /** A staging directory being made (locked and named for its target before it is renamed a staging one). */
  private static final String CREATING_PREFIX = ".ember-creating-";
  /** How old a directory being made, still without its lock, must be to count as abandoned. */
  private static final java.time.Duration STALE_CREATION = java.time.Duration.ofSeconds(30);
  /** A finished write's staging directory, being deleted. */
  private static final String TRASH_PREFIX = ".ember-trash-";
  /** The file naming the target a staging directory publishes to. */
  private static final String TARGET_FILE = "target";

  private final Path target;
  private final Path staging;
  private final StagingLock lock;

  private StagedWrite(Path target, Path staging, StagingLock lock) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /** Creates the staging directory of a write to {@code target}. */
  public static StagedWrite begin(Path target) {
    recover(target);
    String id = UUID.randomUUID().toString();
    // made under another name, locked and named for its target, then renamed: a staging directory always has both
    Path creating = target.resolveSibling(CREATING_PREFIX + id);
    Path staging = target.resolveSibling(STAGING_PREFIX + id);
    StagingLock lock;
    try {
      Files.createDirectories(creating);
      lock = StagingLock.hold(creating);
      Files.writeString(creating.resolve(TARGET_FILE), target.toAbsolutePath().toString());
      Files.move(creating, staging, StandardCopyOption.ATOMIC_MOVE);
      Files.createDirectories(staging.resolve("raw"));
      Files.createDirectories(staging.resolve("out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StagedWrite(target, staging, lock);
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
   * (only used for a dynamic partition overwrite, which replaces just those). The renames are journaled first: a
   * process killed while they run leaves a journal the next write or read of the target finishes ({@link #recover}).
   */
  public void commit(SaveMode mode, boolean dynamicOverwrite, List<Path> partitionDirectories) {
    try {
      Path output = outputDirectory();
      List<CommitJournal.Move> moves = new ArrayList<>();
      if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target.getParent());
        moves.add(new CommitJournal.Move(output, target, false));
      } else if (mode == SaveMode.OVERWRITE && !dynamicOverwrite) {
        moves.add(new CommitJournal.Move(target, staging.resolve("old"), false));
        moves.add(new CommitJournal.Move(output, target, false));
      } else if (mode == SaveMode.OVERWRITE) {
        Path old = staging.resolve("old");
        for (int i = 0; i < partitionDirectories.size(); i++) {
          Path relative = partitionDirectories.get(i);
          moves.add(new CommitJournal.Move(target.resolve(relative), old.resolve(String.valueOf(i)), false));
          moves.add(new CommitJournal.Move(output.resolve(relative), target.resolve(relative), false));
        }
        moves.addAll(fileMoves(output, partitionDirectories));
      } else {
        moves.addAll(fileMoves(output, List.of()));
      }
      CommitJournal.write(staging, moves);
      for (CommitJournal.Move move : moves) {
        CommitJournal.run(move);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every staged file (outside {@code movedDirectories}) into the target at the same relative path, {@code _SUCCESS}
   * last, replacing the old one.
   */
  private List<CommitJournal.Move> fileMoves(Path output, List<Path> movedDirectories) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals(SUCCESS))
          .filter(file -> movedDirectories.stream().noneMatch(moved -> output.relativize(file).startsWith(moved)))
          .sorted().forEach(files::add);
    }
    List<CommitJournal.Move> moves = new ArrayList<>();
    for (Path file : files) {
      moves.add(new CommitJournal.Move(file, target.resolve(output.relativize(file).toString()), false));
    }
    Path success = output.resolve(SUCCESS);
    if (Files.exists(success)) {
      moves.add(new CommitJournal.Move(success, target.resolve(SUCCESS), true));
    }
    return moves;
  }

  /**
   * Finishes what writes to {@code target} left half-published when their process died: each staging directory beside
   * it that no live write holds (its lock free) is rolled forward by its journal, if it has one, and deleted. Called
   * before a write to the target and before a read of it.
   */
  public static void recover(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    java.util.Optional<java.nio.file.attribute.FileTime> modified = parent == null ? java.util.Optional.empty()
        : SettledDirectories.modified(parent);
    if (modified.isEmpty() || SettledDirectories.isClean(parent, modified.get())) {
      return;
    }
    List<Path> stagings;
    List<Path> trash;
    List<Path> creating;
    try (Stream<Path> siblings = Files.list(parent)) {
      List<Path> hidden = siblings.filter(path -> path.getFileName().toString().startsWith(".ember-")).toList();
      if (hidden.isEmpty()) {
        SettledDirectories.clean(parent, modified.get());
        return;
      }
      stagings = hidden.stream().filter(path -> path.getFileName().toString().startsWith(STAGING_PREFIX)).toList();
      trash = hidden.stream().filter(path -> path.getFileName().toString().startsWith(TRASH_PREFIX)).toList();
      creating = hidden.stream().filter(path -> path.getFileName().toString().startsWith(CREATING_PREFIX)).toList();
    } catch (IOException e) {
      return;
    }
    for (Path started : creating) {
      // a write killed while making its staging directory: nothing of it was published
      StagingLock.ifAbandonedOrStale(started, STALE_CREATION, () -> deleteRecursively(started));
    }
    for (Path finished : trash) {
      try {
        deleteRecursively(finished);
      } catch (UncheckedIOException deletedMeanwhile) {
        // its own write, or another reader, is deleting it now
      }
    }
    Path absolute = target.toAbsolutePath();
    for (Path staging : stagings) {
      StagingLock.ifAbandoned(staging, () -> {
        if (!CommitJournal.exists(staging)) {
          // died before publishing anything: the target is as it was
          deleteRecursively(staging);
        } else if (absolute.toString().equals(Files.readString(staging.resolve(TARGET_FILE)))) {
          CommitJournal.replay(staging);
          deleteRecursively(staging);
        }
      });
    }
  }

  /** Deletes the staging directory and what is left in it (the old data of an overwrite, a failed write's files). */
  @Override
  public void close() {
    try {
      // renamed first: a process killed while deleting leaves no staging directory without its lock or journal
      Path trash = staging.resolveSibling(TRASH_PREFIX + staging.getFileName().toString().substring(
          STAGING_PREFIX.length()));
      Files.move(staging, trash, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(trash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.close();
    }
  }

  /** Deletes a file or a directory and everything in it; nothing to do when it does not exist. */
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
