package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.sqlgen.tree.SqlWindow;
import java.util.List;

/**
 * Operators that depend on the input's row order (dropDuplicates keeps the first row per key, tail
 * the last rows) number the input rows with {@code row_number() OVER ()}, in the order the input
 * delivers them, in an internal column {@code #ordinal}.
 */
final class RowNumbering {
  static final String ORDINAL = "#ordinal";

  private RowNumbering() {
  }

  /** {@code SELECT *, row_number() OVER () AS "#ordinal" FROM (input)}. */
  static SqlSelect numbered(SqlGenerator generator, ResolvedPlan input) {
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null),
        new SelectItem(new SqlWindow(SqlCall.of("row_number"), List.of(), List.of()), ORDINAL)),
        generator.subquery(input));
  }

  static SqlExpression ordinal() {
    return new SqlColumn(ORDINAL);
  }

  static OrderItem inInputOrder(boolean ascending) {
    return new OrderItem(ordinal(), ascending, false);
  }

  /** The plan's own columns, without the internal ones. */
  static List<SelectItem> columns(List<Attribute> output) {
    if (output.isEmpty()) {
      return List.of(SqlGenerator.PLACEHOLDER);
    }
    return output.stream().map(attribute -> new SelectItem(SqlGenerator.column(attribute), null)).toList();
  }
}
