package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.SessionCatalog;
import dev.ember.engine.EngineSession;
import dev.ember.engine.files.PartitionPaths;
import dev.ember.plan.command.FileWriteTarget;
import dev.ember.plan.command.InsertInto;
import dev.ember.plan.command.SaveMode;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * INSERT INTO / INSERT OVERWRITE a table (and {@code insertInto}): the query's columns, by position (or by the
 * statement's column list), cast to the table's types as Spark's store assignment does ({@link StoreAssignment}),
 * static partition values added, written through the one file writer ({@link FileWrites}) into the table's
 * directory — or into the partition directory the static values name, so that INSERT OVERWRITE ... PARTITION
 * replaces only that partition.
 */
final class TableInserts {
  private TableInserts() {
  }

  static void insert(EngineSession session, InsertInto insert) {
    SessionCatalog catalog = session.catalog();
    CatalogTable table = catalog.persistent(insert.nameParts())
        .orElseThrow(() -> CatalogErrors.tableNotFound(insert.nameParts(), catalog.searchPath()));
    if (table.isView()) {
      throw CatalogErrors.expectTableNotView("INSERT", table.name(), false);
    }
    Map<String, Literal> staticValues = staticValues(session, table, insert);
    List<StructField> targets = targetColumns(table, insert, staticValues);
    StructType data = Analyzer.schemaOf(new Analyzer(session).analyze(insert.query()));
    StoreAssignment.requireArity(table, targets, data);
    List<String> positions = new ArrayList<>();
    for (int i = 0; i < data.fields().size(); i++) {
      positions.add("__insert_" + i);
    }
    LogicalPlan numbered = new ToDF(insert.query(), positions);
    List<String> staticPrefix = staticPrefix(table, staticValues);
    List<Expression> columns = new ArrayList<>();
    for (StructField column : table.schema().fields()) {
      if (staticPrefix.stream().anyMatch(column.name()::equalsIgnoreCase)) {
        continue;
      }
      Literal fixed = staticValues.get(column.name().toLowerCase(Locale.ROOT));
      int position = indexOf(targets, column.name());
      Expression value;
      if (fixed != null) {
        value = fixed;
      } else if (position >= 0) {
        StoreAssignment.requireAssignable(table, column, data.fields().get(position));
        value = new UnresolvedAttribute(List.of(positions.get(position)), OptionalLong.empty());
      } else {
        value = new Literal(null, AtomicType.NULL);
      }
      columns.add(new Alias(new Cast(value, column.dataType(), false), column.name()));
    }
    String path = table.location().orElseThrow();
    if (!staticPrefix.isEmpty()) {
      List<String> values = staticPrefix.stream()
          .map(name -> text(staticValues.get(name.toLowerCase(Locale.ROOT)))).toList();
      path = path + "/" + PartitionPaths.directory(staticPrefix, values);
    }
    List<String> dynamicPartitions = table.partitionColumns().stream()
        .filter(name -> staticPrefix.stream().noneMatch(name::equalsIgnoreCase)).toList();
    List<String> partitionsBefore = TablePartitions.beforeWrite(table);
    try {
      FileWrites.write(session, new Project(numbered, columns), new FileWriteTarget(path, table.format(),
          insert.overwrite() ? SaveMode.OVERWRITE : SaveMode.APPEND, table.options(), dynamicPartitions));
    } catch (dev.ember.plan.errors.EmberException e) {
      throw StoreAssignment.inTableInsert(e, targets, data);
    }
    TablePartitions.written(session, table.name(), partitionsBefore);
  }

  /** The PARTITION clause's constant values, by lower-case column name; a name that is no partition column fails. */
  private static Map<String, Literal> staticValues(EngineSession session, CatalogTable table, InsertInto insert) {
    Map<String, Literal> values = new LinkedHashMap<>();
    for (Map.Entry<String, Optional<Expression>> entry : insert.partition().entrySet()) {
      String column = table.partitionColumns().stream().filter(entry.getKey()::equalsIgnoreCase).findFirst()
          .orElseThrow(() -> StoreAssignment.notAPartitionColumn(table, entry.getKey()));
      if (entry.getValue().isPresent()) {
        values.put(column.toLowerCase(Locale.ROOT),
            CommandRunner.evaluate(session, List.of(declared(table, column, entry.getValue().get()))).get(0));
      }
    }
    return values;
  }

  /** A static value of a CHAR/VARCHAR partition column, written as a value of its column is (checked, padded). */
  private static Expression declared(CatalogTable table, String column, Expression value) {
    return table.schema().fields().stream().filter(field -> field.name().equalsIgnoreCase(column)).findFirst()
        .map(StructField::dataType).filter(dev.ember.plan.types.CharVarcharType.class::isInstance)
        .<Expression>map(type -> new Cast(value, type, false)).orElse(value);
  }

  /** The table columns the query's columns go to, in order: the column list's, else all but the static ones. */
  private static List<StructField> targetColumns(CatalogTable table, InsertInto insert,
      Map<String, Literal> staticValues) {
    if (insert.columns().isPresent()) {
      List<StructField> named = new ArrayList<>();
      for (String name : insert.columns().get()) {
        named.add(table.schema().fields().stream().filter(field -> field.name().equalsIgnoreCase(name)).findFirst()
            .orElseThrow(() -> StoreAssignment.unresolvedColumn(name, table)));
      }
      return named;
    }
    return table.schema().fields().stream()
        .filter(field -> !staticValues.containsKey(field.name().toLowerCase(Locale.ROOT))).toList();
  }

  /** The leading partition columns with a static value: they name the directory written into. */
  private static List<String> staticPrefix(CatalogTable table, Map<String, Literal> staticValues) {
    List<String> prefix = new ArrayList<>();
    for (String column : table.partitionColumns()) {
      Literal value = staticValues.get(column.toLowerCase(Locale.ROOT));
      if (value == null || value.value() == null) {
        break;
      }
      prefix.add(column);
    }
    return prefix;
  }

  private static int indexOf(List<StructField> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String text(Literal literal) {
    return String.valueOf(literal.value());
  }
}
