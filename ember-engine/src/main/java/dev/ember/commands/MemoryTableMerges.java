package dev.ember.commands;

import dev.ember.catalog.MemoryTable;
import dev.ember.catalog.MemoryTableName;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.MergeIntoTable;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * MERGE INTO a configured catalog's table, computed as the table's new rows: its rows the condition matches (each
 * acted on by the first WHEN MATCHED clause whose condition holds: updated, deleted, or kept when none does), its rows
 * no source row matches (WHEN NOT MATCHED BY SOURCE), and the source rows matching none of its rows (WHEN NOT MATCHED:
 * inserted) — then stored in place of the old ones. Clauses see the target and source columns as Spark's do (an
 * insert the source's only, a not-matched-by-source clause the target's only).
 */
final class MemoryTableMerges {
  private static final String OPERATION = "MERGE INTO TABLE";
  private static final String ACTION = "__ember_merge_action";
  private static final String ROW = "__ember_merge_row";
  private static final String TARGET = "__ember_merge_target_";
  private static final String SOURCE = "__ember_merge_source_";
  private static final String KEEP = "keep";
  private static final String DROP = "drop";

  private MemoryTableMerges() {
  }

  static void run(EngineSession session, MergeIntoTable merge) {
    Optional<MemoryTableName> name = session.catalog().memoryTableName(merge.target());
    if (name.isEmpty()) {
      // spark_catalog's data source tables, as Spark's
      throw Tables.unsupportedOperation(session, new dev.ember.plan.command.ModifyTable(merge.target(), OPERATION));
    }
    MemoryTable table = name.get().table().orElseThrow(() -> dev.ember.catalog.CatalogErrors.tableNotFound(
        merge.target(), session.catalog().searchPath()));
    if (!name.get().catalog().supportsRowLevelOperations()) {
      throw Tables.unsupportedOperation(dev.ember.plan.errors.ErrorKind.UNSUPPORTED_OPERATION, table.quoted(),
          OPERATION);
    }
    StructType schema = table.schema();
    StructType sourceSchema = MemoryTableRows.schemaOf(session, merge.source());
    LogicalPlan target = withCopies(merge.targetAlias().<LogicalPlan>map(
        alias -> new SubqueryAlias(new UnresolvedRelation(merge.target()), alias))
        .orElse(new UnresolvedRelation(merge.target())), schema, TARGET);
    LogicalPlan source = withCopies(merge.source(), sourceSchema, SOURCE);
    if (checksCardinality(merge)) {
      requireOneSourceRowPerTargetRow(session, target, source, merge.condition());
    }
    LogicalPlan matched = acted(new Join(target, source, JoinType.INNER, Optional.of(merge.condition()), List.of()),
        merge.matched(), schema, sourceSchema, KEEP);
    LogicalPlan notMatchedBySource = acted(new Join(target, source, JoinType.LEFT_ANTI,
        Optional.of(merge.condition()), List.of()), merge.notMatchedBySource(), schema, sourceSchema, KEEP);
    LogicalPlan notMatched = acted(new Join(source, target, JoinType.LEFT_ANTI, Optional.of(merge.condition()),
        List.of()), merge.notMatched(), schema, sourceSchema, DROP);
    LogicalPlan rows = union(union(matched, notMatchedBySource), notMatched);
    MemoryTables.replaceRows(session, table, MemoryTableRows.positional(session, rows));
  }

  /** Spark checks that each target row matches one source row at most, unless the one matched clause deletes. */
  private static boolean checksCardinality(MergeIntoTable merge) {
    return !merge.matched().isEmpty() && !(merge.matched().size() == 1 && merge.matched().get(0).condition().isEmpty()
        && merge.matched().get(0).type() == MergeIntoTable.ActionType.DELETE);
  }

  /** MERGE_CARDINALITY_VIOLATION when a target row (numbered) is matched by more than one source row. */
  private static void requireOneSourceRowPerTargetRow(EngineSession session, LogicalPlan target, LogicalPlan source,
      Expression condition) {
    LogicalPlan numbered = new Project(target, List.of(new UnresolvedStar(List.of(), OptionalLong.empty(), List.of()),
        new Alias(call("monotonically_increasing_id"), ROW)));
    LogicalPlan counts = new Project(new Join(numbered, source, JoinType.INNER, Optional.of(condition), List.of()),
        List.of(new Alias(call("count", new Literal(1, AtomicType.INTEGER)), "matches"),
            new Alias(new dev.ember.plan.expressions.UnresolvedFunction("count",
                List.of(MemoryTableWrites.attribute(ROW)), true), "rows")));
    Object[] row = CommandRunner.rows(session, counts).rows().get(0);
    if (((Number) row[0]).longValue() != ((Number) row[1]).longValue()) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.RUNTIME,
          "MERGE_CARDINALITY_VIOLATION", "23K01", "The ON search condition of the MERGE statement matched a single row "
              + "from the target table with multiple rows of the source table.\nThis could result in the target row "
              + "being operated on more than once with an update or delete operation and is not allowed.",
          java.util.Map.of());
    }
  }

  /** A side's columns, and a copy of each under a name of its own (the value kept, or an update's {@code *}). */
  private static LogicalPlan withCopies(LogicalPlan side, StructType schema, String prefix) {
    List<Expression> columns = new ArrayList<>();
    columns.add(new UnresolvedStar(List.of(), OptionalLong.empty(), List.of()));
    for (int i = 0; i < schema.fields().size(); i++) {
      columns.add(new Alias(MemoryTableWrites.attribute(schema.fields().get(i).name()), prefix + i));
    }
    return new Project(side, columns);
  }

  /**
   * The table's columns of the rows one kind of clause acts on: each clause's values when its condition is the first
   * to hold, else the target's own ({@code otherwise} keep) or none ({@code otherwise} drop); deleted rows left out.
   */
  private static LogicalPlan acted(LogicalPlan rows, List<MergeIntoTable.Action> actions, StructType schema,
      StructType sourceSchema, String otherwise) {
    List<Expression> actionCases = new ArrayList<>();
    for (MergeIntoTable.Action action : actions) {
      actionCases.add(condition(action));
      actionCases.add(text(action.type() == MergeIntoTable.ActionType.DELETE ? DROP : "act"));
    }
    actionCases.add(text(otherwise));
    List<Expression> columns = new ArrayList<>();
    columns.add(new Alias(actionCases.size() == 1 ? actionCases.get(0) : call("when", actionCases), ACTION));
    for (int k = 0; k < schema.fields().size(); k++) {
      StructField column = schema.fields().get(k);
      List<Expression> valueCases = new ArrayList<>();
      for (MergeIntoTable.Action action : actions) {
        valueCases.add(condition(action));
        valueCases.add(value(action, column, k, sourceSchema));
      }
      valueCases.add(DROP.equals(otherwise) ? new Literal(null, AtomicType.NULL)
          : MemoryTableWrites.attribute(TARGET + k));
      Expression value = valueCases.size() == 1 ? valueCases.get(0) : call("when", valueCases);
      columns.add(new Alias(new Cast(value, column.dataType(), false), column.name()));
    }
    LogicalPlan acted = new Filter(new Project(rows, columns),
        call("not", call("==", MemoryTableWrites.attribute(ACTION), text(DROP))));
    return new Project(acted, schema.fields().stream()
        .map(field -> (Expression) MemoryTableWrites.attribute(field.name())).toList());
  }

  /** What a clause gives column {@code k}: its assignment, the source's column of that name ({@code *}), or its own. */
  private static Expression value(MergeIntoTable.Action action, StructField column, int k, StructType sourceSchema) {
    for (MergeIntoTable.Assignment assignment : action.assignments()) {
      if (assignment.column().get(assignment.column().size() - 1).equalsIgnoreCase(column.name())) {
        return assignment.value();
      }
    }
    switch (action.type()) {
      case UPDATE_STAR, INSERT_STAR -> {
        for (int i = 0; i < sourceSchema.fields().size(); i++) {
          if (sourceSchema.fields().get(i).name().equalsIgnoreCase(column.name())) {
            return MemoryTableWrites.attribute(SOURCE + i);
          }
        }
        throw dev.ember.plan.errors.SparkErrors.unresolvedColumn(
            dev.ember.plan.expressions.Identifiers.quote(column.name()), sourceSchema.fields().stream()
                .map(field -> dev.ember.plan.expressions.Identifiers.quote(field.name())).toList());
      }
      case UPDATE -> {
        return MemoryTableWrites.attribute(TARGET + k);
      }
      default -> {
        return new Literal(null, AtomicType.NULL);
      }
    }
  }

  private static Expression condition(MergeIntoTable.Action action) {
    return action.condition().orElse(new Literal(true, AtomicType.BOOLEAN));
  }

  private static LogicalPlan union(LogicalPlan left, LogicalPlan right) {
    return new SetOperation(left, right, SetOperationType.UNION, true, false, false);
  }

  private static Expression text(String value) {
    return new Literal(value, AtomicType.STRING);
  }

  private static Expression call(String function, List<Expression> arguments) {
    return new dev.ember.plan.expressions.UnresolvedFunction(function, arguments, false);
  }

  private static Expression call(String function, Expression... arguments) {
    return call(function, List.of(arguments));
  }
}
