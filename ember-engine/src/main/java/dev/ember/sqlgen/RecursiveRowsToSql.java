package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.RecursiveRows;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive CTE as DuckDB's {@code WITH RECURSIVE}, with Spark's limits, which DuckDB does not have: each row
 * carries its level and the number of rows so far, which the step takes from the previous level (DuckDB's working
 * table holds that level alone, so its maximum is the level's); a row at the level limit raises
 * RECURSION_LEVEL_LIMIT_EXCEEDED, a count above the row limit RECURSION_ROW_LIMIT_EXCEEDED, and under a LIMIT the
 * step stops adding levels once that many rows exist.
 */
final class RecursiveRowsToSql {
  /** The level of a row (0 for the anchor's), then the rows up to its level; after the CTE's own columns. */
  private static final String LEVEL = "level";
  private static final String ROWS = "rows";
  private static final String NEXT_LEVEL = "next_level";
  private static final String ROWS_BEFORE = "rows_before";

  private RecursiveRowsToSql() {
  }

  static SqlSelect select(SqlGenerator generator, RecursiveRows rows) {
    int width = rows.output().size();
    List<String> columns = new ArrayList<>();
    for (int index = 0; index < width; index++) {
      columns.add(dev.ember.engine.CachedRelation.columnName(index));
    }
    columns.add(LEVEL);
    columns.add(ROWS);
    SqlExpression rowsInLevel = new SqlWindow(SqlCall.of("count_star"), List.of(), List.of(), null);

    List<SelectItem> anchorItems = sideItems(rows.anchor(), columns);
    anchorItems.add(new SelectItem(new SqlLiteral(0L, AtomicType.LONG), LEVEL));
    anchorItems.add(new SelectItem(rowsInLevel, ROWS));
    SqlSelect anchor = SqlSelect.from(anchorItems, generator.subquery(rows.anchor()));

    SqlExpression level = new SqlColumn(NEXT_LEVEL);
    SqlExpression total = SqlOperator.infix("+", new SqlColumn(ROWS_BEFORE), rowsInLevel);
    List<SelectItem> stepItems = sideItems(rows.step(), columns);
    stepItems.add(new SelectItem(raisingWhen(SqlOperator.infix(">=", level, number(rows.levelLimit())), level,
        RaisedError.RECURSION_LEVEL_LIMIT_EXCEEDED, rows.levelLimit()), LEVEL));
    stepItems.add(new SelectItem(rows.rowLimit() < 0 ? total : raisingWhen(
        SqlOperator.infix(">", total, number(rows.rowLimit())), total, RaisedError.RECURSION_ROW_LIMIT_EXCEEDED,
        rows.rowLimit()), ROWS));
    SqlSelect previous = SqlSelect.from(List.of(
        new SelectItem(SqlOperator.infix("+", SqlCall.of("max", new SqlColumn(LEVEL)), number(1)), NEXT_LEVEL),
        new SelectItem(SqlCall.of("max", new SqlColumn(ROWS)), ROWS_BEFORE)),
        new SqlFrom.Table(rows.tableName(), generator.nextAlias()));
    SqlFrom stepInput = new SqlFrom.Join(generator.subquery(rows.step()), SqlFrom.JoinKind.INNER,
        generator.subquery(previous), new SqlLiteral(true, AtomicType.BOOLEAN));
    SqlSelect step = SqlSelect.from(stepItems, stepInput);
    if (rows.limit().isPresent()) {
      step = step.withWhere(SqlOperator.infix("<", new SqlColumn(ROWS_BEFORE), number(rows.limit().getAsLong())));
    }

    List<SelectItem> items = new ArrayList<>();
    for (int index = 0; index < width; index++) {
      items.add(new SelectItem(new SqlColumn(columns.get(index)), ColumnNames.of(rows.output().get(index))));
    }
    return SqlSelect.from(items, new SqlFrom.Recursive(rows.tableName(), columns, anchor, step,
        generator.nextAlias()));
  }

  /** A side's columns in output order, named as the CTE's columns. */
  private static List<SelectItem> sideItems(ResolvedPlan side, List<String> columns) {
    List<SelectItem> items = new ArrayList<>();
    List<Attribute> output = side.output();
    for (int index = 0; index < output.size(); index++) {
      items.add(new SelectItem(SqlGenerator.column(output.get(index)), columns.get(index)));
    }
    return items;
  }

  private static SqlExpression raisingWhen(SqlExpression condition, SqlExpression value, RaisedError error,
      long limit) {
    return new SqlCase(List.of(new SqlCase.When(condition, FunctionRenderers.raise(error, "BIGINT",
        Long.toString(limit)))), value);
  }

  private static SqlExpression number(long value) {
    return new SqlLiteral(value, AtomicType.LONG);
  }
}
