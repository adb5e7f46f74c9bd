package dev.ember.sqlgen;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code map_sort(value)} (a grouping key holding maps, see MapGroupingKeys): every map in the value,
 * at any depth, rebuilt from its entries sorted by key, so that equal maps are equal values for DuckDB's GROUP BY.
 */
final class MapSortRenderer {
  private MapSortRenderer() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("map_sort", (call, args) -> sorted(args.get(0), call.argument(0).dataType(), 0));
  }

  /**
   * Lambda parameters are named by depth, not freshly: the key is written in the GROUP BY and again in the select
   * list, and DuckDB matches the two as the same text.
   */
  private static SqlExpression sorted(SqlExpression value, DataType type, int depth) {
    if (type instanceof MapType map) {
      SqlExpression entries = SqlCall.of("map_entries", value);
      if (MapGroupingKeys.holdsMap(map.keyType()) || MapGroupingKeys.holdsMap(map.valueType())) {
        String entry = "map_sort_" + depth;
        entries = SqlCall.of("list_transform", entries, new SqlLambda(entry, new SqlStruct(List.of(
            new SqlStruct.Field("key", sorted(field(new SqlColumn(entry), "key"), map.keyType(), depth + 1)),
            new SqlStruct.Field("value",
                sorted(field(new SqlColumn(entry), "value"), map.valueType(), depth + 1))))));
      }
      return SqlCall.of("map_from_entries", SqlCall.of("list_sort", entries));
    }
    if (type instanceof ArrayType array && MapGroupingKeys.holdsMap(array.elementType())) {
      String element = "map_sort_" + depth;
      return SqlCall.of("list_transform", value, new SqlLambda(element,
          sorted(new SqlColumn(element), array.elementType(), depth + 1)));
    }
    if (type instanceof StructType struct && MapGroupingKeys.holdsMap(struct)) {
      List<SqlStruct.Field> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        fields.add(new SqlStruct.Field(field.name(), sorted(field(value, field.name()), field.dataType(), depth)));
      }
      // a NULL struct stays NULL, not a struct of NULL fields
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", value),
          new dev.ember.sqlgen.tree.SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(struct), false))),
          new SqlStruct(fields));
    }
    return value;
  }

  private static SqlExpression field(SqlExpression struct, String name) {
    return SqlCall.of("struct_extract", struct, new SqlLiteral(name, AtomicType.STRING));
  }
}
