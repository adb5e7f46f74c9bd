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
    List<SqlExpression> keys = new ArrayList<>();
    List<SqlExpression> values = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 2) {
      keys.add(args.get(i));
      values.add(args.get(i + 1));
    }
    SqlExpression map = new SqlCast(SqlCall.of("map", new SqlList(keys), new SqlList(values)), type, false);
    if (keys.isEmpty()) {
      return new SqlCast(SqlCall.of("map"), type, false);
    }
    List<SqlCase.When> checks = new ArrayList<>();
    SqlExpression anyNull = keys.stream().<SqlExpression>map(key -> SqlOperator.postfix("IS NULL", key))
        .reduce((left, right) -> SqlOperator.infix("OR", left, right)).orElseThrow();
    checks.add(new SqlCase.When(anyNull, FunctionRenderers.raise(RaisedError.NULL_MAP_KEY, type)));
    if (keys.size() > 1) {
      SqlExpression keyList = new SqlList(keys);
      SqlExpression duplicated = SqlCall.of("list_extract", SqlCall.of("list_filter", keyList,
          new SqlLambda(List.of("k#", "i#"), SqlOperator.infix("<",
              SqlCall.of("list_position", keyList, new SqlColumn("k#")), new SqlColumn("i#")))),
          new SqlLiteral(1, AtomicType.INTEGER));
      SqlExpression encoded = SqlCall.of("to_base64", SqlCall.of("encode", new SqlCast(duplicated, "VARCHAR", false)));
      checks.add(new SqlCase.When(SqlOperator.infix("<", SqlCall.of("len", SqlCall.of("list_distinct", keyList)),
          new SqlLiteral(keys.size(), AtomicType.INTEGER)),
          CollectionRenderers.raiseWithNumbers(RaisedError.DUPLICATED_MAP_KEY, type, List.of(), encoded)));
    }
    return new SqlCase(checks, map);
  }
}
