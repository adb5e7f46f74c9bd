package dev.ember.analyzer;

import dev.ember.plan.resolved.FileScan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CSV files DuckDB's {@code read_csv} reads exactly as Spark's univocity reader does, so that they keep DuckDB's
 * parallel reader (about eight times faster on 50 MB): UTF-8 text whose fields are unquoted or quoted whole, with
 * no escape, comment or NUL character, no carriage return, no byte-order mark and no blank line, read without
 * {@code multiLine} or {@code lineSep} and without a corrupt-record column (whose text only univocity's reading
 * keeps). Any other file is read by univocity
 * ({@code sqlgen.CsvRecords}). A file's answer is kept while its size and modification time stay.
 */
final class CsvPlainFiles {
  private static final int KEPT_ANSWERS = 10_000;
  private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();

  private CsvPlainFiles() {
  }

  /** The scan's options, marked for DuckDB's reader when every file is plain. */
  static Map<String, String> readerOptions(List<String> files, Map<String, String> options, List<String> sources) {
    String separator = options.getOrDefault("sep", options.getOrDefault("delimiter", ","));
    String quote = options.getOrDefault("quote", "\"");
    if (!CsvFileStart.readInJava(options) || sources.contains(dev.ember.sqlgen.CsvColumns.CORRUPT_RECORD)
        || Boolean.parseBoolean(options.getOrDefault("multiline", "false")) || options.containsKey("linesep")
        || separator.length() != 1 || separator.charAt(0) >= 128 || quote.length() > 1
        || (!quote.isEmpty() && quote.charAt(0) >= 128)) {
      return options;
    }
    Syntax syntax = new Syntax(separator.charAt(0), quote.isEmpty() ? -1 : quote.charAt(0),
        options.getOrDefault("escape", "\\") + options.getOrDefault("comment", ""));
    for (String file : files) {
      if (!plain(Path.of(file), syntax)) {
        return options;
      }
    }
    Map<String, String> marked = new HashMap<>(options);
    marked.put(FileScan.DUCKDB_CSV_READER_OPTION, "true");
    return marked;
  }

  /** The characters that decide: separator, quote (-1 for none) and characters the file must not hold. */
  private record Syntax(char separator, int quote, String refused) {
  }

  private static boolean plain(Path file, Syntax syntax) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      String key = file + "\u0000" + attributes.size() + "\u0000" + attributes.lastModifiedTime().toMillis() + "\u0000"
          + syntax;
      Boolean known = ANSWERS.get(key);
      if (known != null) {
        return known;
      }
      boolean answer = attributes.isRegularFile() && new PlainScan(syntax).read(file);
      if (ANSWERS.size() >= KEPT_ANSWERS) {
        ANSWERS.clear();
      }
      ANSWERS.put(key, answer);
      return answer;
    } catch (IOException e) {
      return false; // the reading path reports the file
    }
  }

  /**
   * One pass over a file's bytes: fields unquoted without a quote, or quoted whole (the closing quote followed by the
   * separator or the line's end, no line break inside), at most {@code maxColumns} a line; lines not blank; none of
 * the refused characters, carriage
   * returns or NUL; a byte-order mark refused.
   */
  private static final class PlainScan {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;
    /** Spark's default {@code maxColumns}: univocity reads no record of more fields. */
    private static final int MAX_COLUMNS = 20_480;
    private final Syntax syntax;
    private final boolean[] refused = new boolean[256];
    private int state = FIELD_START;
    private boolean lineHasText;
    private boolean lineStarted;
    private boolean ascii = true;
    private int lineFields = 1;

    PlainScan(Syntax syntax) {
      this.syntax = syntax;
      for (char c : syntax.refused().toCharArray()) {
        if (c < 128) {
          refused[c] = true;
        }
      }
      refused['\r'] = true;
      refused[0] = true;
    }

    boolean read(Path file) throws IOException {
      if (syntax.refused().chars().anyMatch(c -> c >= 128)) {
        return false;
      }
      byte[] buffer = new byte[1 << 20];
      boolean first = true;
      try (InputStream input = dev.ember.engine.files.CompressedFiles.open(file)) {
        for (int read = input.readNBytes(buffer, 0, buffer.length); read > 0;
            read = input.readNBytes(buffer, 0, buffer.length)) {
          if (first && read >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb
              && (buffer[2] & 0xff) == 0xbf) {
            return false;
          }
          first = false;
          for (int i = 0; i < read; i++) {
            if (!accept(buffer[i] & 0xff)) {
              return false;
            }
          }
        }
      }
      if (state == QUOTED || (lineStarted && !lineHasText)) {
        return false;
      }
      return ascii || validUtf8(file);
    }

    private boolean accept(int b) {
      if (refused[b]) {
        return false;
      }
      if (b == '\n') {
        if (state == QUOTED || !lineHasText) {
          return false; // a line break inside quotes, or a blank line (Spark skips it, DuckDB reads a row)
        }
        lineHasText = false;
        lineStarted = false;
        state = FIELD_START;
        lineFields = 1;
        return true;
      }
      lineStarted = true;
      lineHasText |= b > ' ';
      ascii &= b < 0x80;
      boolean quote = b == syntax.quote();
      boolean separator = b == syntax.separator() && state != QUOTED;
      if (separator && ++lineFields > MAX_COLUMNS) {
        return false; // univocity refuses the record: the file's reading fails
      }
      switch (state) {
        case FIELD_START -> state = quote ? QUOTED : separator ? FIELD_START : UNQUOTED;
        case UNQUOTED -> {
          if (quote) {
            return false;
          }
          state = separator ? FIELD_START : UNQUOTED;
        }
        case QUOTED -> state = quote ? AFTER_QUOTE : QUOTED;
        default -> {
          if (!separator) {
            return false;
          }
          state = FIELD_START;
        }
      }
      return true;
    }
  }

  private static boolean validUtf8(Path file) throws IOException {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(dev.ember.engine.files.CompressedFiles.readAllBytes(file)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
