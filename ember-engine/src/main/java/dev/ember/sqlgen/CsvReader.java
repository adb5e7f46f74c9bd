package dev.ember.sqlgen;

import static dev.ember.sqlgen.FileScanToSql.text;

import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlFrom.NamedArgument;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DuckDB's {@code read_csv} told Spark's CSV options: the separator, quote, escape, comment, encoding
 * and header as given, fields as text by position — no sniffing, no NULL strings (an empty field is
 * '' and a missing one NULL, so that the record's shape is known), extra fields beyond the declared
 * columns ignored. Without declared columns it reads the first record of a file, whatever its width.
 */
final class CsvReader {
  private CsvReader() {
  }

  /** The reader's arguments; {@code declaredColumns} empty: the first record of a file, header included. */
  static List<NamedArgument> arguments(Map<String, String> options, List<String> declaredColumns) {
    boolean firstRecord = declaredColumns.isEmpty();
    List<NamedArgument> arguments = new ArrayList<>();
    if (firstRecord) {
      arguments.add(new NamedArgument("hive_partitioning", bool(false)));
    }
    String encoding = CsvCharsets.duckDbEncoding(options);
    if (!encoding.equals("utf-8")) {
      arguments.add(new NamedArgument("encoding", text(encoding)));
    }
    arguments.add(new NamedArgument("header",
        bool(!firstRecord && Boolean.parseBoolean(options.getOrDefault("header", "false")))));
    arguments.add(new NamedArgument("delim", text(options.getOrDefault("sep", options.getOrDefault("delimiter", ",")))));
    arguments.add(new NamedArgument("quote", text(options.getOrDefault("quote", "\""))));
    arguments.add(new NamedArgument("escape", text(options.getOrDefault("escape", "\\"))));
    if (options.containsKey("comment")) {
      arguments.add(new NamedArgument("comment", text(options.get("comment"))));
    }
    // no value is NULL by its text: Spark's nullValue is applied to the text (CsvColumns)
    arguments.add(new NamedArgument("nullstr", SqlCall.of("chr", new SqlLiteral(1, AtomicType.INTEGER))));
    arguments.add(new NamedArgument("null_padding", bool(true)));
    if (firstRecord) {
      arguments.add(new NamedArgument("all_varchar", bool(true)));
    } else {
      arguments.add(new NamedArgument("auto_detect", bool(false)));
      arguments.add(new NamedArgument("strict_mode", bool(false)));
      arguments.add(new NamedArgument("columns", new SqlStruct(declaredColumns.stream()
          .map(column -> new SqlStruct.Field(column, text("VARCHAR"))).toList())));
    }
    if (firstRecord || Boolean.parseBoolean(options.getOrDefault("multiline", "false"))) {
      // records may span lines inside quotes: DuckDB reads such files in one pass
      arguments.add(new NamedArgument("parallel", bool(false)));
    }
    return arguments;
  }

  private static SqlLiteral bool(boolean value) {
    return new SqlLiteral(value, AtomicType.BOOLEAN);
  }
}
