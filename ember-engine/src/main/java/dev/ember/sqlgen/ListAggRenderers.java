package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code listagg} (string_agg): DuckDB's {@code string_agg} over the non-null values in input order
 * (over DISTINCT values, in ascending order); binaries are joined as hexadecimal text and read back.
 */
final class ListAggRenderers {
  private ListAggRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("listagg", (call, args) -> listAggregate(call, args, false));
    renderers.put("listagg_distinct", (call, args) -> listAggregate(call, args, true));
  }

  private static SqlExpression listAggregate(Call call, List<SqlExpression> args, boolean distinct) {
    boolean binary = call.dataType() == AtomicType.BINARY;
    Object delimiterValue = ((Literal) call.argument(1)).value();
    SqlExpression delimiter = new SqlLiteral(delimiterValue == null ? "" : delimiterValue, AtomicType.STRING);
    SqlExpression value = binary ? SqlCall.of("hex", args.get(0)) : args.get(0);
    SqlExpression separator = binary ? SqlCall.of("hex", delimiter) : delimiter;
    if (args.size() > 2) {
      return orderedWithinGroup(call, args, value, separator, distinct);
    }
    if (distinct && dev.ember.plan.types.Collations.nonBinary(call.dataType())) {
      // DISTINCT under a collation: one value of each collation key, in the collation's order
      return distinctValues(call, args.get(0), value, separator,
          List.of(new OrderItem(CollatedKeys.sortKey(call.dataType(), value), true, false)));
    }
    SqlCall joined = new SqlCall("string_agg", List.of(value, separator), distinct);
    OrderItem order = distinct ? new OrderItem(value, true, false) : RowNumbering.inInputOrder(true);
    SqlExpression aggregate = new SqlFilteredAggregate(new SqlOrderedAggregate(joined, List.of(order)),
        SqlOperator.postfix("IS NOT NULL", args.get(0)));
    return binary ? SqlCall.of("unhex", aggregate) : aggregate;
  }

  /**
   * WITHIN GROUP (ORDER BY key direction, ...): the values in the keys' order, ties in input order. DISTINCT (ordered
   * by the value itself, which the analyzer checks) keeps the first of equal neighbours: DuckDB orders a DISTINCT
   * aggregate only by its argument, and the key is the value before its cast to a string.
   */
  private static SqlExpression orderedWithinGroup(Call call, List<SqlExpression> args, SqlExpression value,
      SqlExpression separator, boolean distinct) {
    List<OrderItem> order = new ArrayList<>();
    for (int index = 2; index + 1 < args.size(); index += 2) {
      String direction = (String) ((Literal) call.argument(index + 1)).value();
      order.add(new OrderItem(CollatedKeys.sortKey(call.argument(index), args.get(index)), direction.startsWith("ASC"),
          direction.endsWith("FIRST")));
    }
    SqlExpression present = SqlOperator.postfix("IS NOT NULL", args.get(0));
    SqlExpression aggregate;
    if (distinct) {
      aggregate = distinctValues(call, args.get(0), value, separator, order);
    } else {
      order.add(RowNumbering.inInputOrder(true)); // ties in input order
      aggregate = new SqlFilteredAggregate(new SqlOrderedAggregate(SqlCall.of("string_agg", value, separator),
          order), present);
    }
    return call.dataType() == AtomicType.BINARY ? SqlCall.of("unhex", aggregate) : aggregate;
  }

  /**
   * The distinct values in the order given, each kept when it is the first or differs from the one before it (under
   * the value's collation, by its collation key).
   */
  private static SqlExpression distinctValues(Call call, SqlExpression argument, SqlExpression value,
      SqlExpression separator, List<OrderItem> order) {
    SqlExpression present = SqlOperator.postfix("IS NOT NULL", argument);
    SqlExpression values = new SqlFilteredAggregate(new SqlOrderedAggregate(SqlCall.of("list", value), order),
        present);
    return SqlLet.bind(values, list -> {
      String element = SqlLet.freshName();
      String position = SqlLet.freshName();
      SqlExpression previous = SqlCall.of("list_extract", list, SqlOperator.infix("-", new SqlColumn(position),
          new SqlLiteral(1, AtomicType.INTEGER)));
      SqlExpression first = SqlOperator.infix("OR", SqlOperator.infix("=", new SqlColumn(position),
          new SqlLiteral(1, AtomicType.INTEGER)), SqlOperator.infix("<>",
          CollatedKeys.key(call.dataType(), new SqlColumn(element)), CollatedKeys.key(call.dataType(), previous)));
      SqlExpression kept = SqlCall.of("list_filter", list, new SqlLambda(List.of(element, position), first));
      // no values: NULL, as string_agg gives
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix(">", SqlCall.of("len", list),
          new SqlLiteral(0, AtomicType.INTEGER)), SqlCall.of("array_to_string", kept, separator))), null);
    });
  }
}
