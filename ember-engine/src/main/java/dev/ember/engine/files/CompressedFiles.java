package dev.ember.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A data file's bytes as Spark's text readers see them: a file named {@code .gz} is decompressed (Hadoop chooses the
 * codec by the file's extension), others are read as they are.
 */
public final class CompressedFiles {
  private CompressedFiles() {
  }

  /** Whether the file's name says it is compressed with gzip. */
  public static boolean isGzip(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file's (decompressed) content. */
  public static InputStream open(Path file) throws IOException {
    InputStream input = Files.newInputStream(file);
    return isGzip(file.toString()) ? new GZIPInputStream(input, 1 << 16) : input;
  }

  /** The file's whole (decompressed) content. */
  public static byte[] readAllBytes(Path file) throws IOException {
    try (InputStream input = open(file)) {
      return input.readAllBytes();
    }
  }
}
