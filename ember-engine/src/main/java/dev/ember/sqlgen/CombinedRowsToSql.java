package dev.ember.sqlgen;

import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlFrom.SetOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.List;

/**
 * A set operation as {@code SELECT * FROM ((left) UNION ALL (right))}: each side lists its columns
 * in output order (DuckDB matches them by position and names the result after the left side, whose
 * internal names are the output's). A chain of the same operation ({@code a.union(b).union(c)…}, as
 * deep as a plan may nest) becomes one flat list of sides, which DuckDB reads without nesting.
 */
final class CombinedRowsToSql {
  private CombinedRowsToSql() {
  }

  static SqlSelect select(SqlGenerator generator, CombinedRows rows) {
    if (CollatedSetOperations.applies(rows)) {
      return CollatedSetOperations.select(generator, rows);
    }
    java.util.ArrayDeque<ResolvedPlan> rights = new java.util.ArrayDeque<>();
    ResolvedPlan leftmost = rows;
    while (leftmost instanceof CombinedRows chained && chained.type() == rows.type() && chained.all() == rows.all()) {
      rights.push(chained.right());
      leftmost = chained.left();
    }
    List<SqlSelect> sides = new java.util.ArrayList<>();
    boolean inputFile = generator.carriesInputFile(rows);
    sides.add(side(generator, leftmost, inputFile));
    while (!rights.isEmpty()) {
      sides.add(side(generator, rights.pop(), inputFile));
    }
    boolean collatedUnion = rows.type() == dev.ember.plan.logical.SetOperationType.UNION && !rows.all()
        && rows.output().stream().anyMatch(column -> dev.ember.plan.types.Collations.nonBinary(column.dataType()));
    SqlFrom combined = new SqlFrom.SetOperation(sides, operator(rows), rows.all() || collatedUnion,
        generator.nextAlias());
    if (collatedUnion) {
      // a union of strings under a collation: one row per collation key
      return CollatedDistinct.select(generator, leftmost.output(), combined);
    }
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)), combined);
  }

  /** A side's columns in output order; a side without columns (every column dropped) selects the placeholder. */
  private static SqlSelect side(SqlGenerator generator, ResolvedPlan plan, boolean inputFile) {
    List<SelectItem> columns = new java.util.ArrayList<>(plan.output().isEmpty() ? List.of(SqlGenerator.PLACEHOLDER)
        : plan.output().stream().map(attribute -> new SelectItem(SqlGenerator.column(attribute), null)).toList());
    if (inputFile) {
      // the row's input file, last on every side (InputFileColumn)
      columns.add(new SelectItem(new dev.ember.sqlgen.tree.SqlColumn(InputFileColumn.NAME), null));
    }
    return SqlSelect.from(columns, generator.subquery(plan));
  }

  private static SetOperator operator(CombinedRows rows) {
    return switch (rows.type()) {
      case UNION -> SetOperator.UNION;
      case INTERSECT -> SetOperator.INTERSECT;
      case EXCEPT -> SetOperator.EXCEPT;
    };
  }
}
