package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * array_sort(array, (left, right) -> comparison): DuckDB's list_sort takes no comparator, so each
 * element's rank is counted — the other elements that compare below it, and the equal ones before it
 * (a stable sort, as Spark's) — and the array is read back in rank order. An element is never compared
 * with itself, which a comparator need not answer with 0.
 */
final class ComparatorSort {
  private ComparatorSort() {
  }

  static SqlExpression render(Call call, List<SqlExpression> args) {
    SqlLambda comparator = (SqlLambda) args.get(1);
    return CollectionRenderers.nullWhenAnyNull(call, args.subList(0, 1), SqlLet.bind(args.get(0), array -> {
      String element = SqlLet.freshName();
      String index = SqlLet.freshName();
      String other = SqlLet.freshName();
      String otherIndex = SqlLet.freshName();
      SqlExpression comparison = SqlLet.bind(comparator.parameters().get(0), new SqlColumn(other),
          SqlLet.bind(comparator.parameters().get(1), new SqlColumn(element), comparator.body()));
      SqlExpression zero = new SqlLiteral(0, AtomicType.INTEGER);
      SqlExpression before = SqlOperator.infix("AND",
          SqlOperator.infix("<>", new SqlColumn(otherIndex), new SqlColumn(index)),
          SqlLet.bind(comparison, order -> SqlOperator.infix("OR", SqlOperator.infix("<", order, zero),
              SqlOperator.infix("AND", SqlOperator.infix("=", order, zero),
                  SqlOperator.infix("<", new SqlColumn(otherIndex), new SqlColumn(index))))));
      SqlExpression rank = SqlCall.of("len", ArrayRenderers.filter(SqlCall.of("list_transform", array,
          new SqlLambda(List.of(other, otherIndex), before)), flag -> flag));
      SqlExpression ranks = SqlCall.of("list_transform", array, new SqlLambda(List.of(element, index), rank));
      return SqlLet.bind(ranks, rankList -> {
        String position = SqlLet.freshName();
        return SqlCall.of("list_transform", SqlCall.of("range", SqlCall.of("len", array)),
            new SqlLambda(position, SqlCall.of("list_extract", array,
                SqlCall.of("list_position", rankList, new SqlColumn(position)))));
      });
    }));
  }
}
