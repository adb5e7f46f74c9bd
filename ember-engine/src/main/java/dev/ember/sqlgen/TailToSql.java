package dev.ember.sqlgen;

import dev.ember.plan.resolved.TailRows;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.List;

/** {@code tail(n)}: the input rows numbered in order, the last {@code n} taken, put back in order. */
final class TailToSql {
  private TailToSql() {
  }

  static SqlSelect select(SqlGenerator generator, TailRows tail) {
    SqlSelect last = SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)),
            generator.subquery(RowNumbering.numbered(generator, tail.input())))
        .withOrderBy(List.of(RowNumbering.inInputOrder(false)))
        .withLimit(tail.limit());
    return SqlSelect.from(RowNumbering.columns(tail.output()), generator.subquery(last))
        .withOrderBy(List.of(RowNumbering.inInputOrder(true)));
  }
}
