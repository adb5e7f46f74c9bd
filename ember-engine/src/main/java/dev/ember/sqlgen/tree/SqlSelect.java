package dev.ember.sqlgen.tree;

import java.util.List;
import java.util.OptionalLong;

/** One SELECT block. Each clause is optional except the select list and FROM. */
public record SqlSelect(boolean distinct, List<SelectItem> items, SqlFrom from, SqlExpression where,
    List<SqlExpression> groupBy, List<OrderItem> orderBy, OptionalLong limit, OptionalLong offset) {

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
    return new SqlSelect(false, items, from, null, List.of(), List.of(), OptionalLong.empty(), OptionalLong.empty());
  }

  /** {@code SELECT DISTINCT}. */
  public SqlSelect withDistinct() {
    return new SqlSelect(true, items, from, where, groupBy, orderBy, limit, offset);
  }

  public SqlSelect withWhere(SqlExpression condition) {
    return new SqlSelect(distinct, items, from, condition, groupBy, orderBy, limit, offset);
  }

  public SqlSelect withGroupBy(List<SqlExpression> keys) {
    return new SqlSelect(distinct, items, from, where, keys, orderBy, limit, offset);
  }

  public SqlSelect withOrderBy(List<OrderItem> orders) {
    return new SqlSelect(distinct, items, from, where, groupBy, orders, limit, offset);
  }

  public SqlSelect withLimit(long rows) {
    return new SqlSelect(distinct, items, from, where, groupBy, orderBy, OptionalLong.of(rows), offset);
  }

  public SqlSelect withOffset(long rows) {
    return new SqlSelect(distinct, items, from, where, groupBy, orderBy, limit, OptionalLong.of(rows));
  }
}
