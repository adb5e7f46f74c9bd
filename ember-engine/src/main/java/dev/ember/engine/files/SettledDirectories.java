package dev.ember.engine.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Directories found holding nothing of Ember's staged writes, remembered by their modification time: a read lists the
 * directory around its path for writes to recover only when that directory changed since (every read of a table
 * listed it again; TPC-DS's 24 tables in one directory made it a tenth of planning). Only a time settled well before
 * the listing is remembered: an entry made in the same clock tick as the listing leaves the time as it was, which the
 * next read must not take for "unchanged".
 */
final class SettledDirectories {
  private static final Duration SETTLED = Duration.ofSeconds(2);
  /** More directories than a process reads; past it the memory starts over. */
  private static final int MOST = 10_000;
  private static final Map<Path, FileTime> CLEAN = new ConcurrentHashMap<>();

  private SettledDirectories() {
  }

  /** The directory's modification time, or empty when it is not a directory (or cannot be read). */
  static Optional<FileTime> modified(Path directory) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(directory, BasicFileAttributes.class);
      return attributes.isDirectory() ? Optional.of(attributes.lastModifiedTime()) : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether {@code directory} was found clean at {@code modified}, its modification time now. */
  static boolean isClean(Path directory, FileTime modified) {
    return modified.equals(CLEAN.get(directory));
  }

  /** Remembers that {@code directory}, modified at {@code modified}, held nothing to recover when listed just now. */
  static void clean(Path directory, FileTime modified) {
    if (!modified.toInstant().isBefore(Instant.now().minus(SETTLED))) {
      return;
    }
    if (CLEAN.size() >= MOST) {
      CLEAN.clear();
    }
    CLEAN.put(directory, modified);
  }
}
