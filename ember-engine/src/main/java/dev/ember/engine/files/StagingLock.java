package dev.ember.engine.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a write holds on its staging directory while it runs (an OS file lock on {@code lock} inside it, released
 * when the process dies): a staging directory whose lock can be taken belongs to no live write.
 */
final class StagingLock implements AutoCloseable {
  private static final String FILE = "lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StagingLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of a new staging directory. */
  static StagingLock hold(Path staging) {
    try {
      FileChannel channel = FileChannel.open(staging.resolve(FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      return new StagingLock(channel, channel.lock());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work on an abandoned staging directory, done holding its lock so that no one else does it at once. */
  @FunctionalInterface
  interface Cleanup {
    void run() throws IOException;
  }

  /**
   * Runs {@code cleanup} when no live write holds the directory — or, when it has no lock file yet, when it is older
   * than {@code stale} (a process killed right after making it; a live one locks it at once).
   */
  static void ifAbandonedOrStale(Path directory, java.time.Duration stale, Cleanup cleanup) {
    if (Files.exists(directory.resolve(FILE))) {
      ifAbandoned(directory, cleanup);
      return;
    }
    try {
      java.time.Instant modified = Files.getLastModifiedTime(directory).toInstant();
      if (modified.plus(stale).isBefore(java.time.Instant.now())) {
        cleanup.run();
      }
    } catch (IOException | UncheckedIOException goneMeanwhile) {
      // another reader cleaned it up
    }
  }

  /** Runs {@code cleanup} when no live write holds the staging directory; nothing to do otherwise. */
  static void ifAbandoned(Path staging, Cleanup cleanup) {
    Path file = staging.resolve(FILE);
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisProcess) {
        return;
      }
      if (lock == null) {
        return;
      }
      try {
        cleanup.run();
      } finally {
        if (lock.isValid()) {
          lock.release();
        }
      }
    } catch (IOException e) {
      // the directory went away meanwhile (another reader cleaned it up): nothing left to do
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
