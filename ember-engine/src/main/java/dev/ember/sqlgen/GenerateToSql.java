package dev.ember.sqlgen;

import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SELECT *, unnest(...) AS col FROM (input)}: DuckDB's unnest in a select list repeats the
 * row once per element and drops rows with an empty or NULL collection. Several unnests in one
 * select advance together, which gives posexplode's position and a map's keys and values. An outer
 * generator unnests a one-NULL list instead of an empty or NULL collection.
 */
final class GenerateToSql {
  private GenerateToSql() {
  }

  static SqlSelect select(SqlGenerator generator, GeneratedRows rows) {
    Generator function = rows.generator();
    SqlExpression collection = generator.expressions().convert(function.collection());
    List<SqlExpression> lists = new ArrayList<>();
    SqlExpression size;
    if (function.collection().dataType() instanceof MapType map) {
      size = new SqlCast(SqlCall.of("cardinality", collection), "BIGINT", false);
      lists.add(SqlCall.of("map_keys", collection));
      lists.add(SqlCall.of("map_values", collection));
    } else if (function.inline()) {
      size = SqlCall.of("len", collection);
      for (var field : rows.generated()) {
        lists.add(collection);
      }
    } else {
      size = SqlCall.of("len", collection);
      lists.add(collection);
    }
    if (function.position()) {
      lists.add(0, SqlCall.of("range", size));
    }
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem(new SqlStar(), null));
    for (int i = 0; i < lists.size(); i++) {
      DataType type = rows.generated().get(i).dataType();
      SqlExpression list = lists.get(i);
      if (function.outer()) {
        SqlExpression oneNull = new SqlCast(new SqlList(List.of(new SqlLiteral(null, AtomicType.NULL))),
            DuckDbTypes.of(new ArrayType(type, true)), false);
        list = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", size,
            new SqlLiteral(0, AtomicType.INTEGER)), list)), oneNull);
      }
      SqlExpression element = SqlCall.of("unnest", list);
      if (function.inline()) {
        dev.ember.plan.types.StructType struct = (dev.ember.plan.types.StructType)
            ((ArrayType) function.collection().dataType()).elementType();
        if (function.outer()) {
          list = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", size,
              new SqlLiteral(0, AtomicType.INTEGER)), lists.get(i))), new SqlCast(new SqlList(List.of(
              new SqlLiteral(null, AtomicType.NULL))), DuckDbTypes.of(function.collection().dataType()), false));
        }
        element = SqlCall.of("struct_extract", SqlCall.of("unnest", list),
            new SqlLiteral(struct.fields().get(i).name(), AtomicType.STRING));
      }
      items.add(new SelectItem(new SqlCast(element, DuckDbTypes.of(type), false),
          ColumnNames.of(rows.generated().get(i))));
    }
    return SqlSelect.from(items, generator.subquery(rows.input()));
  }
}
