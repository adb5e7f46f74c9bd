package dev.ember.sqlgen;

import static dev.ember.sqlgen.CollectionRenderers.integer;
import static dev.ember.sqlgen.CollectionRenderers.nullWhenAnyNull;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Array functions that read or edit one array, on DuckDB's 1-based lists, where a NULL list often
 * reads as empty: NULL inputs are checked explicitly.
 */
final class ArrayRenderers {
  private ArrayRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("array_sort", (call, args) -> args.size() > 1 ? ComparatorSort.render(call, args)
        : SqlCall.of("list_sort", args.get(0), new SqlLiteral("ASC", AtomicType.STRING),
            new SqlLiteral("NULLS LAST", AtomicType.STRING)));
    renderers.put("array_reverse", (call, args) -> SqlCall.of("list_reverse", args.get(0)));
    renderers.put("array_position", (call, args) -> nullWhenAnyNull(call, args, new SqlCast(SqlCall.of("coalesce",
        SqlCall.of("list_position", args.get(0), args.get(1)), integer(0)), "BIGINT", false)));
    renderers.put("array_remove", (call, args) -> nullWhenAnyNull(call, args, filter(args.get(0),
        element -> SqlOperator.infix("IS DISTINCT FROM", element, args.get(1)))));
    renderers.put("array_compact", (call, args) -> filter(args.get(0),
        element -> SqlOperator.postfix("IS NOT NULL", element)));
    renderers.put("array_append", (call, args) -> nullWhenAnyNull(call, args.subList(0, 1),
        SqlCall.of("list_append", args.get(0), args.get(1))));
    renderers.put("array_prepend", (call, args) -> nullWhenAnyNull(call, args.subList(0, 1),
        SqlCall.of("list_prepend", args.get(1), args.get(0))));
    renderers.put("array_insert", ArrayRenderers::arrayInsert);
    renderers.put("get", (call, args) -> new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", args.get(1),
        integer(0)), CollectionRenderers.typedNull(DuckDbTypes.of(call.dataType())))),
        SqlCall.of("list_extract", args.get(0), SqlOperator.infix("+", args.get(1), integer(1)))));
    renderers.put("try_element_at", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("AND", SqlOperator.infix("=", args.get(1), integer(0)),
            SqlOperator.postfix("IS NOT NULL", args.get(0))),
        FunctionRenderers.raise(RaisedError.INVALID_INDEX_OF_ZERO, DuckDbTypes.of(call.dataType())))),
        SqlCall.of("list_extract", args.get(0), args.get(1))));
  }

  /** {@code list_filter(list, lambda e: predicate(e))} with a fresh parameter name. */
  static SqlExpression filter(SqlExpression list, Function<SqlExpression, SqlExpression> predicate) {
    String element = SqlLet.freshName();
    return SqlCall.of("list_filter", list, new SqlLambda(element, predicate.apply(new SqlColumn(element))));
  }

  /**
   * array_insert(array, position, value) at 0-based index p: {@code head ++ pad ++ [value] ++ pad ++ tail},
   * padding with NULLs after the array when p is past its end, before it when p is before its start.
   */
  private static SqlExpression arrayInsert(Call call, List<SqlExpression> args) {
    String type = DuckDbTypes.of(call.dataType());
    String elementType = DuckDbTypes.of(((ArrayType) call.dataType()).elementType());
    SqlExpression inserted = SqlLet.bind(args.get(0), array -> {
      SqlExpression size = SqlCall.of("len", array);
      SqlExpression index = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", args.get(1), integer(0)),
          SqlOperator.infix("-", args.get(1), integer(1)))),
          SqlOperator.infix("+", SqlOperator.infix("+", size, integer(1)), args.get(1)));
      return SqlLet.bind(index, p -> {
        SqlExpression from = SqlCall.of("greatest", p, integer(0));
        return new SqlCall("list_concat", List.of(
            SqlCall.of("list_slice", array, integer(1), from),
            nulls(SqlOperator.infix("-", p, size), elementType),
            new SqlList(List.of(args.get(2))),
            nulls(SqlOperator.prefix("-", p), elementType),
            SqlCall.of("list_slice", array, SqlOperator.infix("+", from, integer(1)), size)), false);
      });
    });
    return nullWhenAnyNull(call, args.subList(0, 2), new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("=", args.get(1), integer(0)), FunctionRenderers.raise(RaisedError.INVALID_INDEX_OF_ZERO,
            type))), new SqlCast(inserted, type, false)));
  }

  /** A list of {@code count} NULLs (none when count is not positive). */
  private static SqlExpression nulls(SqlExpression count, String elementType) {
    return SqlCall.of("list_transform", SqlCall.of("range", new SqlCast(count, "BIGINT", false)),
        new SqlLambda(SqlLet.freshName(), CollectionRenderers.typedNull(elementType)));
  }
}
