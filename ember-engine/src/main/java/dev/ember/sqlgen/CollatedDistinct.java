package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlSelect;
import java.util.List;

/**
 * DISTINCT (and UNION) over strings of a collation other than UTF8_BINARY: the rows grouped by the collation keys of
 * such strings (and the other columns' values), each group's first value kept, as Spark's hash aggregation keeps
 * the first row it meets of each key.
 */
final class CollatedDistinct {
  private CollatedDistinct() {
  }

  static SqlSelect select(SqlGenerator generator, ResolvedPlan input) {
    return select(generator, input.output(), generator.subquery(input));
  }

  static SqlSelect select(SqlGenerator generator, List<Attribute> columns, dev.ember.sqlgen.tree.SqlFrom from) {
    List<SelectItem> items = columns.stream().map(column -> {
      SqlExpression value = SqlGenerator.column(column);
      return new SelectItem(CollatedKeys.collated(new ColumnReference(column)) ? SqlCall.of("first", value) : value,
          ColumnNames.of(column));
    }).toList();
    List<SqlExpression> keys = columns.stream().map(column -> {
      BoundExpression key = CollatedKeys.key(new ColumnReference(column));
      return generator.expressions().convert(key);
    }).toList();
    return SqlSelect.from(items, from).withGroupBy(keys);
  }
}
