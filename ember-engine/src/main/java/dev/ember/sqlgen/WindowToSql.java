package dev.ember.sqlgen;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.ResolvedFrame.Bound;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import dev.ember.sqlgen.tree.SqlIgnoreNulls;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import dev.ember.sqlgen.tree.SqlWindow;
import dev.ember.sqlgen.tree.SqlWindowFrame;
import dev.ember.sqlgen.tree.SqlWindowFrame.Direction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A window call as DuckDB SQL: the function is rendered as usual (which may wrap the DuckDB
 * aggregate in casts or coalesce), then the OVER clause is attached to the DuckDB aggregate or
 * window function inside. The frame is always explicit, except for functions DuckDB evaluates
 * without one (ranks, lag/lead), whose Spark frame is fixed anyway.
 */
final class WindowToSql {
  /** DuckDB functions that take an OVER clause in the renderings of aggregates and window functions. */
  private static final Set<String> WINDOWED = Set.of("count", "sum", "avg", "min", "max", "first", "last", "list",
      "quantile_disc", "count_if", "bool_and", "bool_or", "bit_and", "bit_or", "bit_xor", "arg_max_null",
      "arg_min_null", "max_by", "min_by",
      "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value",
      "last_value", "nth_value");
  private static final Set<String> FRAMELESS = Set.of("row_number", "rank", "dense_rank", "percent_rank",
      "cume_dist", "ntile", "lag", "lead", "lag_ignore_nulls", "lead_ignore_nulls");
  /** Spark's first/last over a window are DuckDB's first_value/last_value (which respect the frame's order). */
  private static final Map<String, String> VALUE_FUNCTIONS = Map.of("first", "first_value", "last", "last_value",
      "first_ignore_nulls", "first_value", "last_ignore_nulls", "last_value");

  private WindowToSql() {
  }

  static SqlExpression convert(WindowCall window, ExpressionToSql expressions) {
    Call function = window.function();
    List<SqlExpression> arguments = function.arguments().stream().map(expressions::convert).toList();
    // strings of a collation other than UTF8_BINARY partition by their collation key and order by their sort key
    List<SqlExpression> partitions = window.partitionBy().stream().map(CollatedKeys::key).map(expressions::convert)
        .toList();
    List<OrderItem> orders = window.orderBy().stream()
        .map(order -> new OrderItem(expressions.convert(CollatedKeys.sortKey(order.child())), order.ascending(),
            order.nullsFirst()))
        .toList();
    SqlWindowFrame frame = FRAMELESS.contains(function.function()) ? null : frame(window.frame());
    SqlExpression rendered = render(function, arguments);
    return attach(rendered, over -> new SqlWindow(over, partitions, orders, frame));
  }

  private static SqlExpression render(Call function, List<SqlExpression> arguments) {
    String valueFunction = VALUE_FUNCTIONS.get(function.function());
    if (valueFunction != null) {
      SqlCall call = new SqlCall(valueFunction, arguments, false);
      return function.function().endsWith("_ignore_nulls") ? new SqlIgnoreNulls(call) : call;
    }
    if (MomentRenderers.isStatistic(function.function())) {
      return MomentRenderers.overFrame(function, arguments);
    }
    return FunctionRenderers.lookup(function.function())
        .orElseThrow(() -> SparkErrors.internal("no DuckDB rendering for function " + function.function()))
        .render(function, arguments);
  }

  /** Puts OVER on the windowed function(s) inside a rendering, leaving the wrappers around them. */
  private static SqlExpression attach(SqlExpression expression, java.util.function.Function<SqlExpression, SqlWindow> over) {
    if (expression instanceof SqlFilteredAggregate filtered && filtered.aggregate() instanceof SqlOrderedAggregate ordered) {
      // an aggregate in input order takes the frame's order over a window; other keys (WITHIN GROUP) stay
      List<OrderItem> keys = ordered.orderBy().stream()
          .filter(key -> !key.equals(RowNumbering.inInputOrder(key.ascending()))).toList();
      SqlExpression aggregate = keys.isEmpty() ? ordered.aggregate() : new SqlOrderedAggregate(ordered.aggregate(), keys);
      return over.apply(new SqlFilteredAggregate(aggregate, filtered.condition()));
    }
    if (expression instanceof SqlFilteredAggregate || expression instanceof SqlIgnoreNulls) {
      return over.apply(expression);
    }
    if (expression instanceof SqlCall call) {
      if (WINDOWED.contains(call.name())) {
        return over.apply(call);
      }
      return new SqlCall(call.name(), call.arguments().stream().map(argument -> attach(argument, over)).toList(),
          call.distinct());
    }
    if (expression instanceof SqlCast cast) {
      return new SqlCast(attach(cast.operand(), over), cast.duckDbType(), cast.tryCast());
    }
    if (expression instanceof SqlOperator operator) {
      return new SqlOperator(operator.form(), operator.operator(),
          operator.operands().stream().map(operand -> attach(operand, over)).toList());
    }
    if (expression instanceof SqlCase sqlCase) {
      return new SqlCase(sqlCase.whens().stream()
          .map(when -> new SqlCase.When(attach(when.condition(), over), attach(when.value(), over))).toList(),
          sqlCase.otherwise() == null ? null : attach(sqlCase.otherwise(), over));
    }
    return expression;
  }

  /**
   * Spark accepts a frame that ends before it starts (it is empty); DuckDB's parser rejects
   * {@code CURRENT ROW AND 1 PRECEDING} but takes the equivalent {@code 0 PRECEDING AND 1 PRECEDING}.
   */
  static SqlWindowFrame frame(ResolvedFrame frame) {
    boolean inverted = frame.lower().position() > frame.upper().position();
    return new SqlWindowFrame(frame.type() == FrameType.ROWS ? SqlWindowFrame.Unit.ROWS : SqlWindowFrame.Unit.RANGE,
        bound(frame.lower(), inverted), bound(frame.upper(), inverted));
  }

  /**
   * A constant offset of the order key's kind, made non-negative (DuckDB's offsets are), the direction flipped for a
   * negative one: a number as it is, a day-time interval (microseconds) or year-month one (months) as DuckDB's
   * INTERVAL, which it adds to a date or timestamp key.
   */
  private static SqlWindowFrame.Bound valueBound(Bound bound) {
    dev.ember.plan.expressions.Literal literal = bound.value().literal();
    boolean negative = bound.value().magnitude() < 0;
    Direction direction = bound.writtenPreceding() != negative ? Direction.PRECEDING : Direction.FOLLOWING;
    Object value = literal.value();
    SqlExpression amount;
    if (value instanceof java.time.Duration duration) {
      amount = SqlCall.of("to_microseconds", new SqlLiteral(Math.abs(micros(duration)), AtomicType.LONG));
    } else if (value instanceof java.time.Period period) {
      amount = SqlCall.of("to_months", new SqlLiteral(Math.abs(period.toTotalMonths()), AtomicType.LONG));
    } else if (value instanceof java.math.BigDecimal decimal) {
      amount = new SqlLiteral(decimal.abs(), literal.dataType());
    } else if (value instanceof Double number) {
      amount = new SqlLiteral(Math.abs(number), literal.dataType());
    } else if (value instanceof Float number) {
      amount = new SqlLiteral(Math.abs(number), literal.dataType());
    } else {
      amount = new SqlLiteral(value, literal.dataType());
    }
    return new SqlWindowFrame.Bound(direction, 0, amount);
  }

  private static long micros(java.time.Duration duration) {
    return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
  }

  private static SqlWindowFrame.Bound bound(Bound bound, boolean numericCurrentRow) {
    if (numericCurrentRow && bound.kind() == ResolvedFrame.Kind.CURRENT_ROW) {
      return new SqlWindowFrame.Bound(Direction.PRECEDING, 0);
    }
    switch (bound.kind()) {
      case UNBOUNDED_PRECEDING:
        return new SqlWindowFrame.Bound(Direction.UNBOUNDED_PRECEDING, 0);
      case UNBOUNDED_FOLLOWING:
        return new SqlWindowFrame.Bound(Direction.UNBOUNDED_FOLLOWING, 0);
      case CURRENT_ROW:
        return new SqlWindowFrame.Bound(Direction.CURRENT_ROW, 0);
      default:
        if (!bound.integral()) {
          return valueBound(bound);
        }
        if (bound.offset() == 0) {
          return new SqlWindowFrame.Bound(Direction.CURRENT_ROW, 0);
        }
        return bound.offset() < 0 ? new SqlWindowFrame.Bound(Direction.PRECEDING, -bound.offset())
            : new SqlWindowFrame.Bound(Direction.FOLLOWING, bound.offset());
    }
  }
}
