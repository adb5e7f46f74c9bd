package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
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
    SqlCall joined = new SqlCall("string_agg", List.of(value, binary ? SqlCall.of("hex", delimiter) : delimiter),
        distinct);
    OrderItem order = distinct ? new OrderItem(value, true, false) : RowNumbering.inInputOrder(true);
    SqlExpression aggregate = new SqlFilteredAggregate(new SqlOrderedAggregate(joined, List.of(order)),
        SqlOperator.postfix("IS NOT NULL", args.get(0)));
    return binary ? SqlCall.of("unhex", aggregate) : aggregate;
  }
}
