package dev.ember.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files a session writes for itself (strings to parse as JSON or CSV records), in a directory of the
 * JVM's temporary directory made on first use and removed with the session.
 */
final class SessionFiles {
  private Path directory;

  synchronized Path newFile(String suffix) {
    try {
      if (directory == null) {
        directory = Files.createTempDirectory("ember-session-");
      }
      return Files.createTempFile(directory, "data-", suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void delete() {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    directory = null;
  }
}
