package dev.ember.commands;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The columns a write hands the engine: the data columns as the format stores them — Parquet's as they are; a line of
 * text for CSV ({@code to_csv}, Spark's CSV writer), JSON ({@code to_json}, Spark's JSON writer) and text — then each
 * partition column's value as Spark's cast writes it in a directory name, under a name of Ember's own.
 */
final class WrittenRows {
  /** The name of the n-th partition column's text. */
  static final String PARTITION_PREFIX = "ember_partition_";
  /** Spark's writers' default {@code timestampNTZFormat}. */
  private static final String NTZ_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSS";
  /** The column numbering each row's file when the rows per file are limited. */
  static final String CHUNK_COLUMN = "ember_file";

  private WrittenRows() {
  }

  /** {@code lineName}: the name of the line column (a CSV's header, since the engine writes it as the header). */
  static LogicalPlan of(LogicalPlan query, FileFormat format, StructType schema, List<String> dataColumns,
      List<String> partitionColumns, Map<String, String> options, Map<String, String> csvOptions, String lineName) {
    List<Expression> columns = new ArrayList<>();
    switch (format) {
      case PARQUET, ORC -> dataColumns.forEach(name -> columns.add(new Alias(column(name), name)));
      case TEXT -> columns.add(new Alias(column(dataColumns.get(0)), lineName));
      case CSV -> columns.add(new Alias(toCsv(struct(schema, dataColumns, false, options), csvOptions), lineName));
      case JSON -> columns.add(new Alias(UnresolvedFunction.of("to_json", struct(schema, dataColumns, true, options)),
          lineName));
    }
    for (int i = 0; i < partitionColumns.size(); i++) {
      columns.add(new Alias(new Cast(column(partitionColumns.get(i)), AtomicType.STRING, false), PARTITION_PREFIX + i));
    }
    Project rows = new Project(query, columns);
    // Spark's CSV writer (univocity) skips a record whose line is empty: one column, null or nullValue ""
    return format == FileFormat.CSV ? new Filter(rows,
        UnresolvedFunction.of("not", UnresolvedFunction.of("==", column(lineName), Literal.of(""))))
        : rows;
  }

  /** The CSV header line Spark writes: the column names as a CSV record with the write's options. */
  static Expression header(List<String> dataColumns, Map<String, String> csvOptions) {
    List<Expression> fields = new ArrayList<>();
    dataColumns.forEach(name -> {
      fields.add(Literal.of(name));
      fields.add(Literal.of(name));
    });
    return toCsv(new UnresolvedFunction("named_struct", fields, false), csvOptions);
  }

  private static Expression toCsv(Expression row, Map<String, String> options) {
    return options.isEmpty() ? UnresolvedFunction.of("to_csv", row)
        : new UnresolvedFunction("to_csv", List.of(row, optionMap(options)), false);
  }

  /**
   * The data columns as one struct; timestamps without a time zone as Spark's writers spell them by default
   * ({@code timestampNTZFormat}), for JSON timestamps too ({@code timestampFormat}; CSV's {@code to_csv} takes the
   * option itself), dates in the {@code dateFormat} asked for, and CSV's empty strings as {@code emptyValue}.
   */
  private static Expression struct(StructType schema, List<String> names, boolean json, Map<String, String> options) {
    List<Expression> fields = new ArrayList<>();
    for (String name : names) {
      DataType type = schema.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow()
          .dataType();
      Expression value = column(name);
      if (type == AtomicType.TIMESTAMP_NTZ) {
        value = new Alias(UnresolvedFunction.of("date_format", value, Literal.of(NTZ_FORMAT)), name);
      } else if (json && type == AtomicType.TIMESTAMP) {
        // to_csv writes a timestamp as Spark's JSON writer does by default (yyyy-MM-dd'T'HH:mm:ss.SSSXXX)
        value = new Alias(UnresolvedFunction.of("if", UnresolvedFunction.of("isnull", value),
            Literal.nullOf(AtomicType.STRING), UnresolvedFunction.of("to_csv", UnresolvedFunction.of("struct", value))),
            name);
      } else if (type == AtomicType.DATE && options.containsKey("dateformat")) {
        value = new Alias(UnresolvedFunction.of("date_format", value, Literal.of(options.get("dateformat"))), name);
      } else if (!json && type == AtomicType.STRING && options.containsKey("emptyvalue")) {
        value = new Alias(UnresolvedFunction.of("if", UnresolvedFunction.of("==", value, Literal.of("")),
            Literal.of(options.get("emptyvalue")), value), name);
      }
      fields.add(value);
    }
    return new UnresolvedFunction("struct", fields, false);
  }

  private static Expression optionMap(Map<String, String> options) {
    List<Expression> entries = new ArrayList<>();
    options.forEach((key, value) -> {
      entries.add(Literal.of(key));
      entries.add(Literal.of(value));
    });
    return new UnresolvedFunction("map", entries, false);
  }

  private static Expression column(String name) {
    return new UnresolvedAttribute(List.of(name), OptionalLong.empty());
  }
}
