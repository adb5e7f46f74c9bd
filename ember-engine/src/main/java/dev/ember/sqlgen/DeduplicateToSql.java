package dev.ember.sqlgen;

import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.sqlgen.tree.SqlWindow;
import java.util.List;

/**
 * {@code dropDuplicates(keys)}: rows numbered in input order, ranked within each key (NULL keys form
 * one group, as in Spark), the first of each key kept, in input order.
 */
final class DeduplicateToSql {
  private static final String RANK = "#rank";

  private DeduplicateToSql() {
  }

  static SqlSelect select(SqlGenerator generator, FirstRowPerKey deduplicate) {
    SqlWindow rank = new SqlWindow(SqlCall.of("row_number"),
        deduplicate.keys().stream().map(SqlGenerator::column).toList(),
        List.of(RowNumbering.inInputOrder(true)));
    SqlSelect ranked = SqlSelect.from(List.of(new SelectItem(new SqlStar(), null), new SelectItem(rank, RANK)),
        generator.subquery(RowNumbering.numbered(generator, deduplicate.input())));
    return SqlSelect.from(RowNumbering.columns(deduplicate.output()), generator.subquery(ranked))
        .withWhere(SqlOperator.infix("=", new SqlColumn(RANK), new SqlLiteral(1, AtomicType.INTEGER)))
        .withOrderBy(List.of(RowNumbering.inInputOrder(true)));
  }
}
