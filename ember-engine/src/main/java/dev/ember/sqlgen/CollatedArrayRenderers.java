package dev.ember.sqlgen;

import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * Arrays of strings under a collation: an array's element keys ({@code collation_keys}), and the set functions
 * keeping the first element of each collation key, in order ({@code collated_array_distinct}, {@code _union},
 * {@code _intersect}: elements of the first whose key the second has, {@code _except}: whose key it has not).
 */
final class CollatedArrayRenderers {
  private CollatedArrayRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("collation_keys", (call, args) -> keys(args.get(0), args.get(1)));
    renderers.put("collated_least", (call, args) -> extreme(args, "list_sort"));
    renderers.put("collated_greatest", (call, args) -> extreme(args, "list_reverse_sort"));
    renderers.put("collated_array_distinct", (call, args) -> distinct(args.get(0), args.get(1)));
    renderers.put("collated_array_union", (call, args) -> distinct(SqlCall.of("list_concat", args.get(0),
        args.get(1)), args.get(2)));
    renderers.put("collated_array_intersect", (call, args) -> distinct(kept(args.get(0), args.get(1), args.get(2),
        true), args.get(2)));
    renderers.put("collated_array_except", (call, args) -> distinct(kept(args.get(0), args.get(1), args.get(2),
        false), args.get(2)));
  }

  private static SqlExpression key(SqlExpression value, SqlExpression id) {
    return SqlCall.of("ember_collation_key", value, id);
  }

  private static SqlExpression keys(SqlExpression array, SqlExpression id) {
    String element = SqlLet.freshName();
    return SqlCall.of("list_transform", array, new SqlLambda(element, key(new SqlColumn(element), id)));
  }

  /** The first element of each key (NULL, whose key is NULL, kept once). */
  private static SqlExpression distinct(SqlExpression array, SqlExpression id) {
    return SqlLet.bind(array, list -> SqlLet.bind(keys(list, id), listKeys -> {
      String element = SqlLet.freshName();
      String position = SqlLet.freshName();
      SqlExpression firstOfKey = SqlOperator.infix("=", SqlCall.of("list_position", listKeys,
          key(new SqlColumn(element), id)), new SqlColumn(position));
      return SqlCall.of("list_filter", list, new SqlLambda(List.of(element, position), firstOfKey));
    }));
  }

  private static SqlExpression kept(SqlExpression left, SqlExpression right, SqlExpression id, boolean present) {
    String element = SqlLet.freshName();
    SqlExpression contains = SqlCall.of("list_contains", keys(right, id), key(new SqlColumn(element), id));
    return SqlCall.of("list_filter", left, new SqlLambda(element, present ? contains
        : SqlOperator.prefix("NOT", contains)));
  }

  /** least / greatest under a collation: the non-null value first in the order of (sort key, value). */
  private static SqlExpression extreme(List<SqlExpression> args, String sort) {
    SqlExpression id = args.get(args.size() - 1);
    String element = SqlLet.freshName();
    SqlColumn value = new SqlColumn(element);
    SqlExpression pairs = SqlCall.of("list_transform", SqlCall.of("list_filter",
        new dev.ember.sqlgen.tree.SqlList(args.subList(0, args.size() - 1)),
        new SqlLambda(element, SqlOperator.postfix("IS NOT NULL", value))), new SqlLambda(element,
        new dev.ember.sqlgen.tree.SqlStruct(List.of(
            new dev.ember.sqlgen.tree.SqlStruct.Field("k", SqlCall.of("ember_collation_sort_key", value, id)),
            new dev.ember.sqlgen.tree.SqlStruct.Field("v", value)))));
    return SqlCall.of("struct_extract", SqlCall.of("list_extract", SqlCall.of(sort, pairs),
        new SqlLiteral(1, dev.ember.plan.types.AtomicType.INTEGER)), StringRenderers.string("v"));
  }
}
