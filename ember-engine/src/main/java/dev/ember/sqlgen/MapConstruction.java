package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code map(k1, v1, ...)} as DuckDB's {@code map(keys, values)}; a NULL key fails with NULL_MAP_KEY
 * and a repeated key with DUPLICATED_MAP_KEY (Spark's default EXCEPTION dedup policy).
 */
final class MapConstruction {
  private MapConstruction() {
  }

  static SqlExpression render(Call call, List<SqlExpression> args) {
    String type = DuckDbTypes.of(call.dataType());
    if (args.isEmpty()) {
      return new SqlCast(SqlCall.of("map"), type, false);
    }
    List<SqlExpression> keys = new ArrayList<>();
    List<SqlExpression> values = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 2) {
      keys.add(args.get(i));
      values.add(args.get(i + 1));
    }
    return checked(new SqlList(keys), new SqlList(values), type);
  }

  /**
   * {@code map(keys, values)} of two lists of the same length, failing on a NULL key (NULL_MAP_KEY) or
   * a repeated one (DUPLICATED_MAP_KEY, naming the first key seen again).
   */
  static SqlExpression checked(SqlExpression keys, SqlExpression values, String type) {
    return SqlLet.bind(keys, keyList -> {
      SqlExpression anyNull = SqlOperator.infix("<", SqlCall.of("list_count", keyList), SqlCall.of("len", keyList));
      String key = SqlLet.freshName();
      String index = SqlLet.freshName();
      SqlExpression duplicated = SqlCall.of("list_extract", SqlCall.of("list_filter", keyList,
          new SqlLambda(List.of(key, index), SqlOperator.infix("<",
              SqlCall.of("list_position", keyList, new SqlColumn(key)), new SqlColumn(index)))),
          new SqlLiteral(1, AtomicType.INTEGER));
      SqlExpression encoded = SqlCall.of("to_base64", SqlCall.of("encode", new SqlCast(duplicated, "VARCHAR", false)));
      return new SqlCase(List.of(
          new SqlCase.When(anyNull, FunctionRenderers.raise(RaisedError.NULL_MAP_KEY, type)),
          new SqlCase.When(SqlOperator.infix("<", SqlCall.of("len", SqlCall.of("list_distinct", keyList)),
              SqlCall.of("len", keyList)),
              CollectionRenderers.raiseWithNumbers(RaisedError.DUPLICATED_MAP_KEY, type, List.of(), encoded))),
          new SqlCast(SqlCall.of("map", keyList, values), type, false));
    });
  }
}
