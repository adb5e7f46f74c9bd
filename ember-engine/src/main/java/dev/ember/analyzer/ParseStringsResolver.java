package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.logical.ParseStrings;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * {@code spark.read().json|csv(Dataset<String>)}: the strings are written one record a line to a
 * file of the session and read by the file source with the same options, so that parsing, inference
 * and modes are the file reader's. JSON line breaks are whitespace between tokens and become spaces.
 */
final class ParseStringsResolver {
  private ParseStringsResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, ParseStrings parse) {
    Scope input = analyzer.resolve(parse.input());
    List<Attribute> output = input.plan().output();
    if (output.size() != 1 || output.get(0).dataType() != AtomicType.STRING) {
      throw SparkErrors.unsupportedCall(parse.format(), "DataFrameReader",
          "the Dataset to parse must have a single string column.");
    }
    StructType strings = new StructType(List.of(new StructField("value", AtomicType.STRING, true)));
    QueryResult values = session.execute("parse-" + UUID.randomUUID(), SqlGenerator.generate(input.plan()), strings);
    Path file = session.newFile("." + parse.format());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object[] row : values.rows()) {
        if (row[0] != null) {
          String record = (String) row[0];
          writer.write(parse.format().equals("json") ? record.replace('\r', ' ').replace('\n', ' ') : record);
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DataSourceResolver.resolve(analyzer, session,
        new DataSourceRead(parse.format(), List.of(file.toString()), parsedStringsOptions(parse.options()), parse.schema()));
  }

  private static java.util.Map<String, String> parsedStringsOptions(java.util.Map<String, String> options) {
    java.util.Map<String, String> marked = new java.util.HashMap<>(options);
    marked.put(dev.ember.plan.resolved.FileScan.PARSED_STRINGS_OPTION, "true");
    return marked;
  }
}
