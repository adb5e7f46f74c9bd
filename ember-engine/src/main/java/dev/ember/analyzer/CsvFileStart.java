package dev.ember.analyzer;

import dev.ember.engine.functions.CsvFileRecords;
import dev.ember.plan.errors.RaisedError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first record of a CSV file (its header, when it has one) as Spark's CSV source reads it: the file's text
 * decoded as UTF-8 with U+FFFD for malformed sequences, split by univocity ({@link CsvFileRecords}). Without
 * {@code multiLine} and {@code lineSep} only the file's first complete lines are read, more until one holds a record.
 */
final class CsvFileStart {
  private static final int FIRST_READ = 64 * 1024;

  private CsvFileStart() {
  }

  /** Whether the file is read in Java: text in UTF-8 (other encodings are DuckDB's reader's). */
  static boolean readInJava(Map<String, String> options) {
    String charset = options.getOrDefault("encoding", options.getOrDefault("charset", "UTF-8"));
    return List.of("utf-8", "us-ascii").contains(charset.toLowerCase(Locale.ROOT));
  }

  /** The first record's fields, up to its last one; none for a file without a record. */
  static List<String> firstRecord(String file, Map<String, String> options) {
    boolean wholeFile = Boolean.parseBoolean(options.getOrDefault("multiline", "false"))
        || !options.getOrDefault("linesep", "").isEmpty();
    try (InputStream input = dev.ember.engine.files.CompressedFiles.open(Path.of(file))) {
      byte[] read = new byte[0];
      for (int wanted = FIRST_READ; ; wanted *= 2) {
        int requested = wholeFile ? Integer.MAX_VALUE - 8 : wanted - read.length;
        byte[] more = input.readNBytes(requested);
        byte[] content = Arrays.copyOf(read, read.length + more.length);
        System.arraycopy(more, 0, content, read.length, more.length);
        read = content;
        boolean end = more.length < requested;
        int complete = end ? read.length : lastLineEnd(read);
        var record = CsvFileRecords.first(new String(read, 0, complete, StandardCharsets.UTF_8), options);
        if (record.isPresent() || end) {
          return record.map(found -> Arrays.asList(found.fields())).orElse(List.of());
        }
      }
    } catch (IOException | com.univocity.parsers.common.TextParsingException e) {
      throw RaisedError.failedReadFile(file);
    }
  }

  /** The length of the content's complete lines (up to its last line break). */
  private static int lastLineEnd(byte[] content) {
    for (int index = content.length - 1; index >= 0; index--) {
      if (content[index] == '\n' || content[index] == '\r') {
        return index + 1;
      }
    }
    return 0;
  }
}
