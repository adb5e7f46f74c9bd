package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rows a write puts into a configured catalog's table, as the SQL computing them in the table's column order
 * (c0, c1, ...): the query's columns matched to the table's by position (SQL's INSERT, maybe into listed columns) or
 * by name (DataFrameWriterV2), each cast to its column's type under Spark's store assignment (ANSI).
 */
final class MemoryTableRows {
  private MemoryTableRows() {
  }

  static QueryText byPosition(EngineSession session, String tableName, StructType schema, LogicalPlan query,
      Optional<List<String>> columns) {
    StructType data = schemaOf(session, query);
    List<StructField> targets = new ArrayList<>();
    for (String column : columns.orElse(schema.fields().stream().map(StructField::name).toList())) {
      targets.add(field(schema, column).orElseThrow(() -> StoreAssignment.unresolvedColumn(column, schema)));
    }
    StoreAssignment.requireArity(tableName, targets, data);
    List<Integer> sources = new ArrayList<>();
    for (StructField column : schema.fields()) {
      sources.add(targets.indexOf(column));
    }
    return rows(session, tableName, schema, query, data, sources);
  }

  /**
   * The query's columns by name (DataFrameWriterV2): a table column it lacks is NULL, as Spark fills missing columns
   * with their defaults; more columns than the table has fail as INSERT_COLUMN_ARITY_MISMATCH.
   */
  static QueryText byName(EngineSession session, String tableName, StructType schema, LogicalPlan query) {
    StructType data = schemaOf(session, query);
    if (data.fields().size() > schema.fields().size()) {
      StoreAssignment.requireArity(tableName, schema.fields(), data);
    }
    List<Integer> sources = new ArrayList<>();
    for (StructField column : schema.fields()) {
      sources.add(indexOf(data, column.name()));
    }
    return rows(session, tableName, schema, query, data, sources);
  }

  /** No rows, in the table's columns. */
  static QueryText empty(EngineSession session, StructType schema) {
    List<Expression> columns = new ArrayList<>();
    for (StructField column : schema.fields()) {
      columns.add(new Alias(new Cast(new Literal(null, AtomicType.NULL), column.dataType(), false), column.name()));
    }
    return positional(session, new Project(new Range(0, 0, 1), columns));
  }

  /** A plan's rows as the SQL computing them, its columns named by position. */
  static QueryText positional(EngineSession session, LogicalPlan plan) {
    return SqlGenerator.generatePositional(new Analyzer(session).analyze(plan));
  }

  static StructType schemaOf(EngineSession session, LogicalPlan plan) {
    return Analyzer.schemaOf(new Analyzer(session).analyze(plan));
  }

  /** Each table column from the data column {@code sources} gives (-1: NULL), cast to the column's type. */
  private static QueryText rows(EngineSession session, String tableName, StructType schema, LogicalPlan query,
      StructType data, List<Integer> sources) {
    List<String> positions = new ArrayList<>();
    for (int i = 0; i < data.fields().size(); i++) {
      positions.add("__write_" + i);
    }
    List<Expression> columns = new ArrayList<>();
    for (int i = 0; i < schema.fields().size(); i++) {
      StructField column = schema.fields().get(i);
      int source = sources.get(i);
      Expression value = new Literal(null, AtomicType.NULL);
      if (source >= 0) {
        StoreAssignment.requireAssignable(tableName, column, data.fields().get(source));
        value = new UnresolvedAttribute(List.of(positions.get(source)), OptionalLong.empty());
      }
      columns.add(new Alias(new Cast(value, column.dataType(), false), column.name()));
    }
    return positional(session, new Project(new ToDF(query, positions), columns));
  }

  static Optional<StructField> field(StructType schema, String name) {
    int index = indexOf(schema, name);
    return index < 0 ? Optional.empty() : Optional.of(schema.fields().get(index));
  }

  private static int indexOf(StructType schema, String name) {
    for (int i = 0; i < schema.fields().size(); i++) {
      if (schema.fields().get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

}
