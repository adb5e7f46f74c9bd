package dev.ember.sqlgen;

import dev.ember.engine.CachedRelation;
import dev.ember.plan.logical.LocalData;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.ArrayList;
import java.util.List;

/**
 * A local relation: rows carried in the plan as a VALUES list (or an empty typed SELECT), or a scan of the
 * session table its data was loaded into, each column cast to its Spark type's DuckDB type.
 */
final class LocalRowsToSql {
  private LocalRowsToSql() {
  }

  static SqlSelect select(LocalRows local, String alias) {
    List<Attribute> output = local.output();
    List<String> names = output.stream().map(ColumnNames::of).toList();
    if (output.isEmpty()) {
      // rows without columns (emptyDataFrame, isEmpty): only their number matters
      return SqlSelect.from(List.of(SqlGenerator.PLACEHOLDER), new SqlFrom.TableFunction("range",
          List.of(new SqlLiteral(local.data().rowCount(), dev.ember.plan.types.AtomicType.LONG)), List.of(), alias,
          List.of()));
    }
    if (local.data() instanceof LocalData.Table table) {
      return tableScan(output, table, alias);
    }
    return values(output, ((LocalData.Rows) local.data()).rows(), alias, names);
  }

  private static SqlSelect tableScan(List<Attribute> output, LocalData.Table table, String alias) {
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < output.size(); i++) {
      items.add(new SelectItem(new SqlCast(new SqlColumn(CachedRelation.columnName(i)),
          DuckDbTypes.of(output.get(i).dataType()), false), ColumnNames.of(output.get(i))));
    }
    return SqlSelect.from(items, new SqlFrom.Table(table.tableName(), alias));
  }

  private static SqlSelect values(List<Attribute> output, List<List<Object>> localRows, String alias,
      List<String> names) {
    if (localRows.isEmpty()) {
      List<SelectItem> nulls = output.stream()
          .map(attribute -> new SelectItem(new SqlLiteral(null, attribute.dataType()), ColumnNames.of(attribute)))
          .toList();
      return SqlSelect.from(nulls, new SqlFrom.None()).withWhere(new SqlLiteral(false, dev.ember.plan.types.AtomicType.BOOLEAN));
    }
    List<List<SqlExpression>> rows = new ArrayList<>();
    for (List<Object> row : localRows) {
      List<SqlExpression> values = new ArrayList<>();
      for (int i = 0; i < output.size(); i++) {
        SqlLiteral literal = new SqlLiteral(row.get(i), output.get(i).dataType());
        values.add(new SqlCast(literal, DuckDbTypes.of(output.get(i).dataType()), false));
      }
      rows.add(values);
    }
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)), new SqlFrom.Values(rows, alias, names));
  }
}
