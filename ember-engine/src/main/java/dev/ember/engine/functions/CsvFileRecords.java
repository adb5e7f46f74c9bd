package dev.ember.engine.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import dev.ember.plan.errors.RaisedError;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_csv_records(text, options, file)}: the records of one CSV file's text as Spark's CSV source reads them with
 * univocity ({@link SparkCsvSettings}). Without {@code multiLine} each line is a record (lines split as Hadoop's line
 * reader splits them, blank lines and comments skipped, the first left being the header when there is one); with it
 * univocity reads the whole text. Each record travels back as a JSON array: the record's text (Spark's
 * corrupt-record value), then its fields ({@code null} for a null value). The third argument names the file.
 */
public final class CsvFileRecords {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_csv_records",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null
          : json((String) arguments[0], (String) arguments[1], (String) arguments[2]));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  /** Parsers are not thread-safe: per options text, parsers each used by one call at a time. */
  private static final Map<String, IdleInstances<CsvParser>> PARSERS = new ConcurrentHashMap<>();
  /** Options texts whose parsers are kept; past it they are dropped (a reading makes the parsers it needs). */
  private static final int KEPT_OPTIONS = 64;

  private CsvFileRecords() {
  }

  /** One record: its text and fields. */
  public record Record(String text, String[] fields) {
  }

  /** The options as the function's second argument. */
  public static String optionsText(Map<String, String> options) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The records as JSON; a record univocity cannot read (more than {@code maxColumns} fields, a field longer than
   * {@code maxCharsPerColumn}) fails the file's reading, Spark's FAILED_READ_FILE naming {@code file}.
   */
  private static String json(String text, String optionsText, String file) {
    try {
      return json(text, optionsText);
    } catch (TextParsingException e) {
      throw new RaisedFailure(RaisedError.FAILED_READ_FILE.marker() + RaisedError.payload(file));
    }
  }

  private static String json(String text, String optionsText) {
    StringWriter out = new StringWriter(text.length() + text.length() / 4 + 16);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.writeStartArray();
      read(text, optionsText, record -> {
        try {
          generator.writeStartArray();
          generator.writeString(record.text());
          for (String field : record.fields()) {
            generator.writeString(field);
          }
          generator.writeEndArray();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The first record of {@code text} (the header, when the file has one), if it has any. */
  public static java.util.Optional<Record> first(String text, Map<String, String> options) {
    Map<String, String> withoutHeader = new HashMap<>(options);
    withoutHeader.put("header", "false");
    List<Record> records = new ArrayList<>();
    try {
      read(text, optionsText(withoutHeader), record -> {
        records.add(record);
        throw new FirstFound();
      });
    } catch (FirstFound found) {
      return java.util.Optional.of(records.get(0));
    }
    return java.util.Optional.empty();
  }

  /** Ends the reading at the first record. */
  private static final class FirstFound extends RuntimeException {
    FirstFound() {
      super(null, null, false, false);
    }
  }

  private static void read(String text, String optionsText, Consumer<Record> records) {
    Map<String, String> options = options(optionsText);
    if (PARSERS.size() > KEPT_OPTIONS) {
      PARSERS.clear();
    }
    IdleInstances<CsvParser> parsers = PARSERS.computeIfAbsent(optionsText,
        key -> new IdleInstances<>(() -> SparkCsvSettings.parser(options)));
    CsvParser parser = parsers.acquire();
    try {
      read(parser, options, text, records);
    } finally {
      parsers.release(parser);
    }
  }

  private static void read(CsvParser parser, Map<String, String> options, String text, Consumer<Record> records) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    boolean header = SparkCsvSettings.flag(options, "header");
    if (SparkCsvSettings.multiLine(options)) {
      parser.beginParsing(new StringReader(content));
      try {
        if (header) {
          parser.parseNext();
        }
        for (String[] fields = parser.parseNext(); fields != null; fields = parser.parseNext()) {
          records.accept(new Record(stripLineEnd(parser.getContext().currentParsedContent()), fields));
        }
      } finally {
        parser.stopParsing();
      }
      return;
    }
    char comment = SparkCsvSettings.comment(options);
    boolean headerLeft = header;
    for (String line : HadoopLines.of(content, options.getOrDefault("linesep", ""))) {
      if (line.trim().isEmpty() || (comment != '\0' && line.charAt(0) == comment)) {
        continue;
      }
      if (headerLeft) {
        headerLeft = false;
        continue;
      }
      String[] fields = parser.parseLine(line);
      records.accept(new Record(line, fields == null ? new String[0] : fields));
    }
  }

  /** Scala's {@code stripLineEnd}: without one final {@code \n}, {@code \r\n} or form feed. */
  private static String stripLineEnd(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '\n') {
      return text.substring(0, text.length() >= 2 && text.charAt(text.length() - 2) == '\r' ? text.length() - 2
          : text.length() - 1);
    }
    return last == '\f' ? text.substring(0, text.length() - 1) : text;
  }

  private static Map<String, String> options(String optionsText) {
    try {
      return JSON.readValue(optionsText, new TypeReference<Map<String, String>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
