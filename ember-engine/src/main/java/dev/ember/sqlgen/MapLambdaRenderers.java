package dev.ember.sqlgen;

import static dev.ember.sqlgen.CollectionRenderers.nullWhenAnyNull;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;
import java.util.Map;

/**
 * Lambdas over maps: transform_values, map_filter and transform_keys over DuckDB's map entries, the
 * lambda's (k, v) bound to each entry; map_zip_with over the keys of both maps.
 */
final class MapLambdaRenderers {
  private MapLambdaRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("transform_values", (call, args) -> {
      EntryLambda lambda = EntryLambda.of(args.get(1));
      return checkedNull(call, args, SqlCall.of("map_from_entries", SqlCall.of("list_transform", entries(args),
          new SqlLambda(lambda.entry(), new SqlStruct(List.of(new SqlStruct.Field("key", lambda.key()),
              new SqlStruct.Field("value", lambda.body())))))));
    });
    renderers.put("map_filter", (call, args) -> {
      EntryLambda lambda = EntryLambda.of(args.get(1));
      return checkedNull(call, args, SqlCall.of("map_from_entries", SqlCall.of("list_filter", entries(args),
          new SqlLambda(lambda.entry(), lambda.body()))));
    });
    renderers.put("transform_keys", (call, args) -> {
      EntryLambda lambda = EntryLambda.of(args.get(1));
      return nullWhenAnyNull(call, args.subList(0, 1), MapConstruction.checked(SqlCall.of("list_transform",
          entries(args), new SqlLambda(lambda.entry(), lambda.body())), SqlCall.of("map_values", args.get(0)),
          DuckDbTypes.of(call.dataType())));
    });
    renderers.put("map_zip_with", MapLambdaRenderers::zipWith);
  }

  private static SqlExpression entries(List<SqlExpression> args) {
    return SqlCall.of("map_entries", args.get(0));
  }

  private static SqlExpression checkedNull(Call call, List<SqlExpression> args, SqlExpression map) {
    return nullWhenAnyNull(call, args.subList(0, 1), new SqlCast(map, DuckDbTypes.of(call.dataType()), false));
  }

  /** A (k, v) lambda rewritten over one map entry. */
  private record EntryLambda(String entry, SqlExpression key, SqlExpression body) {
    static EntryLambda of(SqlExpression argument) {
      SqlLambda lambda = (SqlLambda) argument;
      String entry = lambda.parameters().get(0) + "#entry";
      SqlExpression key = SqlCall.of("struct_extract", new SqlColumn(entry), new SqlLiteral("key", AtomicType.STRING));
      SqlExpression value = SqlCall.of("struct_extract", new SqlColumn(entry),
          new SqlLiteral("value", AtomicType.STRING));
      SqlExpression body = SqlLet.bind(lambda.parameters().get(0), key, lambda.parameters().size() > 1
          ? SqlLet.bind(lambda.parameters().get(1), value, lambda.body()) : lambda.body());
      return new EntryLambda(entry, key, body);
    }
  }

  /** map_zip_with(left, right, (k, v1, v2) -> body): left's keys, then right's new ones; NULL if either map is. */
  private static SqlExpression zipWith(Call call, List<SqlExpression> args) {
    SqlLambda lambda = (SqlLambda) args.get(2);
    SqlExpression left = args.get(0);
    SqlExpression right = args.get(1);
    String key = lambda.parameters().get(0);
    SqlExpression rightOnly = ArrayRenderers.filter(SqlCall.of("map_keys", right), k -> SqlOperator.prefix("NOT",
        SqlCall.of("list_contains", SqlCall.of("map_keys", left), k)));
    SqlExpression keys = SqlCall.of("list_concat", SqlCall.of("map_keys", left), rightOnly);
    SqlExpression body = lambda.body();
    if (lambda.parameters().size() > 2) {
      body = SqlLet.bind(lambda.parameters().get(2), valueOf(right, key), body);
    }
    if (lambda.parameters().size() > 1) {
      body = SqlLet.bind(lambda.parameters().get(1), valueOf(left, key), body);
    }
    SqlExpression finalBody = body;
    return nullWhenAnyNull(call, args.subList(0, 2), SqlLet.bind(keys, keyList -> new SqlCast(SqlCall.of("map",
        keyList, SqlCall.of("list_transform", keyList, new SqlLambda(key, finalBody))),
        DuckDbTypes.of(call.dataType()), false)));
  }

  /** The map's value for the key named {@code key}, NULL when absent. */
  private static SqlExpression valueOf(SqlExpression map, String key) {
    return SqlCall.of("list_extract", SqlCall.of("element_at", map, new SqlColumn(key)),
        CollectionRenderers.integer(1));
  }
}
