package dev.ember.sqlgen;

import static dev.ember.sqlgen.CollectionRenderers.integer;
import static dev.ember.sqlgen.CollectionRenderers.nullWhenAnyNull;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * array_union, array_intersect, array_except and arrays_overlap. Spark keeps the first occurrence of
 * each element in input order (one NULL at most); DuckDB's {@code list_position} finds NULL too, so
 * "first occurrence" is {@code list_position(list, e) = i}.
 */
final class ArraySetRenderers {
  private ArraySetRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("array_union", (call, args) -> nullWhenAnyNull(call, args,
        SqlLet.bind(new SqlCall("list_concat", args, false), both -> firstOccurrences(both, (e, i) -> null))));
    renderers.put("array_intersect", (call, args) -> nullWhenAnyNull(call, args, SqlLet.bind(args.get(0),
        left -> firstOccurrences(left, (e, i) -> SqlOperator.postfix("IS NOT NULL", position(args.get(1), e))))));
    renderers.put("array_except", (call, args) -> nullWhenAnyNull(call, args, SqlLet.bind(args.get(0),
        left -> firstOccurrences(left, (e, i) -> SqlOperator.postfix("IS NULL", position(args.get(1), e))))));
    renderers.put("arrays_overlap", ArraySetRenderers::arraysOverlap);
  }

  /** The elements at their first occurrence that also satisfy {@code condition(e, i)} (none when null). */
  private static SqlExpression firstOccurrences(SqlExpression list,
      BiFunction<SqlExpression, SqlExpression, SqlExpression> condition) {
    String element = SqlLet.freshName();
    String index = SqlLet.freshName();
    SqlExpression e = new SqlColumn(element);
    SqlExpression first = SqlOperator.infix("=", position(list, e), new SqlColumn(index));
    SqlExpression extra = condition.apply(e, new SqlColumn(index));
    return SqlCall.of("list_filter", list, new SqlLambda(List.of(element, index),
        extra == null ? first : SqlOperator.infix("AND", first, extra)));
  }

  private static SqlExpression position(SqlExpression list, SqlExpression element) {
    return SqlCall.of("list_position", list, element);
  }

  /** True on a common non-NULL element; else NULL if both are non-empty and either holds a NULL; else false. */
  private static SqlExpression arraysOverlap(Call call, List<SqlExpression> args) {
    SqlExpression left = args.get(0);
    SqlExpression right = args.get(1);
    SqlLiteral nullElement = new SqlLiteral(null, ((ArrayType) call.argument(0).dataType()).elementType());
    SqlExpression common = ArrayRenderers.filter(left, e -> SqlOperator.infix("AND",
        SqlOperator.postfix("IS NOT NULL", e), SqlCall.of("list_contains", right, e)));
    SqlExpression bothNonEmpty = SqlOperator.infix("AND", SqlOperator.infix(">", SqlCall.of("len", left), integer(0)),
        SqlOperator.infix(">", SqlCall.of("len", right), integer(0)));
    SqlExpression anyNull = SqlOperator.infix("OR", SqlOperator.postfix("IS NOT NULL", position(left, nullElement)),
        SqlOperator.postfix("IS NOT NULL", position(right, nullElement)));
    return nullWhenAnyNull(call, args, new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix(">", SqlCall.of("len", common), integer(0)),
            new SqlLiteral(true, AtomicType.BOOLEAN)),
        new SqlCase.When(SqlOperator.infix("AND", bothNonEmpty, anyNull), new SqlLiteral(null, AtomicType.BOOLEAN))),
        new SqlLiteral(false, AtomicType.BOOLEAN)));
  }
}
