package dev.ember.conformance.cases;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ember.conformance.ConformanceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Malformed, corrupt and special input files, written under {@code target/bad-input} of the working
 * directory (recorded as {@code <cwd>}) when a case first asks for one: damaged copies of a valid Parquet
 * file, JSON and CSV with NUL characters, a FIFO, a symbolic-link loop and a dangling link.
 */
final class BadInputFiles {
  private static final Path DIRECTORY = Path.of("target", "bad-input").toAbsolutePath();

  private BadInputFiles() {
  }

  static String text(String name, String content) {
    return bytes(name, content.getBytes(UTF_8));
  }

  static String bytes(String name, byte[] content) {
    Path file = DIRECTORY.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  /** A valid Parquet file of the conformance data (7 columns, a few rows). */
  static byte[] parquet() {
    try {
      return Files.readAllBytes(ConformanceData.directory().resolve("orders.parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String truncatedParquet(String name, int keptBytes) {
    return bytes(name, Arrays.copyOf(parquet(), keptBytes));
  }

  /** The Parquet file with bytes of its footer (the metadata before the length and magic) inverted. */
  static String corruptFooterParquet(String name) {
    byte[] content = parquet();
    for (int index = content.length - 60; index < content.length - 8; index += 3) {
      content[index] = (byte) ~content[index];
    }
    return bytes(name, content);
  }

  /** A directory holding one CSV file and a special or unreadable entry. */
  static String directoryWith(String name, String entryKind) {
    Path directory = DIRECTORY.resolve(name);
    text(name + "/data.csv", "a,b\n1,x\n");
    Path entry = directory.resolve("entry.csv");
    try {
      Files.deleteIfExists(entry);
      if (entryKind.equals("loop")) {
        Files.createSymbolicLink(entry, entry.getFileName());
      } else if (entryKind.equals("dangling")) {
        Files.createSymbolicLink(entry, Path.of("missing.csv"));
      } else {
        Process mkfifo = new ProcessBuilder("mkfifo", entry.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
          throw new IOException("mkfifo failed");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return directory.toString();
  }

  static String directory() {
    return DIRECTORY.toString();
  }
}
