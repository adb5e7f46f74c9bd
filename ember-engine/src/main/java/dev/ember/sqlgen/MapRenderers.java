package dev.ember.sqlgen;

import static dev.ember.sqlgen.CollectionRenderers.nullWhenAnyNull;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * Maps built from lists (map_from_arrays, map_from_entries, map_concat, str_to_map) go through
 * {@link MapConstruction#checked}, since DuckDB's map() would keep the last of a repeated key; and
 * map_entries, map_contains_key.
 */
final class MapRenderers {
  private MapRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("map_from_arrays", (call, args) -> nullWhenAnyNull(call, args, new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("<>", SqlCall.of("len", args.get(0)), SqlCall.of("len", args.get(1))),
            FunctionRenderers.raise(RaisedError.MAP_ARRAYS_LENGTH, DuckDbTypes.of(call.dataType())))),
        MapConstruction.checked(args.get(0), args.get(1), DuckDbTypes.of(call.dataType())))));
    renderers.put("map_from_entries", MapRenderers::mapFromEntries);
    renderers.put("map_entries", (call, args) -> new SqlCast(SqlCall.of("map_entries", args.get(0)),
        DuckDbTypes.of(call.dataType()), false));
    renderers.put("map_concat", (call, args) -> nullWhenAnyNull(call, args, MapConstruction.checked(
        concatenated(args, "map_keys"), concatenated(args, "map_values"), DuckDbTypes.of(call.dataType()))));
    renderers.put("map_contains_key", (call, args) -> nullWhenAnyNull(call, args.subList(0, 1),
        SqlCall.of("list_contains", SqlCall.of("map_keys", args.get(0)), args.get(1))));
    renderers.put("str_to_map", MapRenderers::strToMap);
  }

  /** {@code list_concat(part(map1), part(map2), ...)}. */
  private static SqlExpression concatenated(List<SqlExpression> maps, String part) {
    return new SqlCall("list_concat", maps.stream().<SqlExpression>map(map -> SqlCall.of(part, map)).toList(), false);
  }

  /** NULL if the array or any entry is NULL; each entry's first field is the key, its second the value. */
  private static SqlExpression mapFromEntries(Call call, List<SqlExpression> args) {
    StructType entry = (StructType) ((ArrayType) call.argument(0).dataType()).elementType();
    String type = DuckDbTypes.of(call.dataType());
    return SqlLet.bind(args.get(0), entries -> {
      SqlExpression nullEntries = ArrayRenderers.filter(entries, e -> SqlOperator.postfix("IS NULL", e));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", entries),
          SqlOperator.infix(">", SqlCall.of("len", nullEntries), CollectionRenderers.integer(0))),
          CollectionRenderers.typedNull(type))),
          MapConstruction.checked(field(entries, entry.fields().get(0).name()),
              field(entries, entry.fields().get(1).name()), type));
    });
  }

  private static SqlExpression field(SqlExpression entries, String name) {
    String entry = SqlLet.freshName();
    return SqlCall.of("list_transform", entries, new SqlLambda(entry,
        SqlCall.of("struct_extract", new SqlColumn(entry), new SqlLiteral(name, AtomicType.STRING))));
  }

  /**
   * str_to_map(text, pairDelimiter, keyValueDelimiter), both regular expressions: each pair splits at
   * its first key-value delimiter; a pair without one maps to NULL.
   */
  private static SqlExpression strToMap(Call call, List<SqlExpression> args) {
    SqlExpression pairs = SqlCall.of("regexp_split_to_array", args.get(0), args.get(1));
    SqlExpression delimiter = args.get(2);
    String pair = SqlLet.freshName();
    SqlExpression p = new SqlColumn(pair);
    SqlExpression key = SqlCall.of("list_extract", SqlCall.of("regexp_split_to_array", p, delimiter),
        CollectionRenderers.integer(1));
    SqlExpression valueStart = SqlOperator.infix("+", SqlOperator.infix("+", SqlCall.of("length", key),
        SqlCall.of("length", SqlCall.of("regexp_extract", p, delimiter))), CollectionRenderers.integer(1));
    SqlExpression value = new SqlCase(List.of(new SqlCase.When(SqlCall.of("regexp_matches", p, delimiter),
        SqlCall.of("substring", p, valueStart))), new SqlLiteral(null, AtomicType.STRING));
    return nullWhenAnyNull(call, args, SqlLet.bind(pairs, list -> MapConstruction.checked(
        SqlCall.of("list_transform", list, new SqlLambda(pair, key)),
        SqlCall.of("list_transform", list, new SqlLambda(pair, value)), DuckDbTypes.of(call.dataType()))));
  }
}
