package dev.ember.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    dev.ember.engine.files.StagedWrite.deleteRecursively(directory);
    directory = null;
  }
}
