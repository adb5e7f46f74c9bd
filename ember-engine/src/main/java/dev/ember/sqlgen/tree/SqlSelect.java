package dev.ember.sqlgen.tree;

import java.util.List;
import java.util.OptionalLong;

/** One SELECT block. Each clause is optional except the select list and FROM. */
public record SqlSelect(boolean distinct, List<SelectItem> items, SqlFrom from, SqlExpression where,
    List<SqlExpression> groupBy, SqlExpression having, List<OrderItem> orderBy, OptionalLong limit,
    OptionalLong offset) {

  public record SelectItem(SqlExpression expression, String alias) {
  }

  public record OrderItem(SqlExpression expression, boolean ascending, boolean nullsFirst) {
  }

  public SqlSelect {
    items = List.copyOf(items);
    groupBy = List.copyOf(groupBy);
    orderBy = List.copyOf(orderBy);
  }

  public static SqlSelect from(List<SelectItem> items, SqlFrom from) {
    return new SqlSelect(false, items, from, null, List.of(), null, List.of(), OptionalLong.empty(),
        OptionalLong.empty());
  }

  /** {@code SELECT DISTINCT}. */
  public SqlSelect withDistinct() {
    return new SqlSelect(true, items, from, where, groupBy, having, orderBy, limit, offset);
  }

  public SqlSelect withWhere(SqlExpression condition) {
    return new SqlSelect(distinct, items, from, condition, groupBy, having, orderBy, limit, offset);
  }

  public SqlSelect withGroupBy(List<SqlExpression> keys) {
    return new SqlSelect(distinct, items, from, where, keys, having, orderBy, limit, offset);
  }

  /** {@code HAVING condition}, over the groups of the GROUP BY. */
  public SqlSelect withHaving(SqlExpression condition) {
    return new SqlSelect(distinct, items, from, where, groupBy, condition, orderBy, limit, offset);
  }

  public SqlSelect withOrderBy(List<OrderItem> orders) {
    return new SqlSelect(distinct, items, from, where, groupBy, having, orders, limit, offset);
  }

  public SqlSelect withLimit(long rows) {
    return new SqlSelect(distinct, items, from, where, groupBy, having, orderBy, OptionalLong.of(rows), offset);
  }

  public SqlSelect withOffset(long rows) {
    return new SqlSelect(distinct, items, from, where, groupBy, having, orderBy, limit, OptionalLong.of(rows));
  }
}
