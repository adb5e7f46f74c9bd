package dev.ember.commands;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.AtomicType;
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
  /** The column numbering each row's file when the rows per file are limited. */
  static final String CHUNK_COLUMN = "ember_file";

  private WrittenRows() {
  }

  /** {@code lineName}: the name of the line column (a CSV's header, since the engine writes it as the header). */
  static LogicalPlan of(LogicalPlan query, FileFormat format, List<String> dataColumns, List<String> partitionColumns,
      Map<String, String> csvOptions, String lineName) {
    List<Expression> columns = new ArrayList<>();
    switch (format) {
      case PARQUET -> dataColumns.forEach(name -> columns.add(new Alias(column(name), name)));
      case TEXT -> columns.add(new Alias(column(dataColumns.get(0)), lineName));
      case CSV -> columns.add(new Alias(toCsv(struct(dataColumns), csvOptions), lineName));
      case JSON -> columns.add(new Alias(UnresolvedFunction.of("to_json", struct(dataColumns)), lineName));
    }
    for (int i = 0; i < partitionColumns.size(); i++) {
      columns.add(new Alias(new Cast(column(partitionColumns.get(i)), AtomicType.STRING, false), PARTITION_PREFIX + i));
    }
    return new Project(query, columns);
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

  private static Expression struct(List<String> names) {
    return new UnresolvedFunction("struct", names.stream().map(WrittenRows::column).toList(), false);
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
