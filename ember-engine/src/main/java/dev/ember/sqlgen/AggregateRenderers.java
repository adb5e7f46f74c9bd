package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DuckDB renderings of Spark's aggregate functions. */
final class AggregateRenderers {
  private AggregateRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("count", AggregateRenderers::count);
    renderers.put("count_distinct", AggregateRenderers::countDistinct);
    renderers.put("approx_count_distinct", (call, args) -> new SqlCall("count", args, true));
    renderers.put("sum", (call, args) -> DecimalSums.sum(call, args.get(0), false)
        .orElseGet(() -> resultCast(call, SqlCall.of("sum", args.get(0)))));
    renderers.put("sum_distinct", (call, args) -> DecimalSums.sum(call, args.get(0), true)
        .orElseGet(() -> resultCast(call, new SqlCall("sum", args, true))));
    renderers.put("avg", (call, args) -> average(call, args.get(0), false));
    renderers.put("avg_distinct", (call, args) -> average(call, args.get(0), true));
    // under a collation (its id a second argument): the value of the least / greatest sort key
    renderers.put("min", (call, args) -> args.size() > 1 ? SqlCall.of("arg_min", args.get(0),
        SqlCall.of("ember_collation_sort_key", args.get(0), args.get(1))) : SqlCall.of("min", args.get(0)));
    renderers.put("max", (call, args) -> args.size() > 1 ? SqlCall.of("arg_max", args.get(0),
        SqlCall.of("ember_collation_sort_key", args.get(0), args.get(1))) : SqlCall.of("max", args.get(0)));
    renderers.put("first", (call, args) -> SqlCall.of("first", args.get(0)));
    renderers.put("last", (call, args) -> SqlCall.of("last", args.get(0)));
    renderers.put("first_ignore_nulls", (call, args) -> nonNull(SqlCall.of("first", args.get(0)), args.get(0)));
    renderers.put("last_ignore_nulls", (call, args) -> nonNull(SqlCall.of("last", args.get(0)), args.get(0)));
    renderers.put("collect_list", (call, args) -> collection(call, new SqlCall("list", args, false), args.get(0)));
    // a user aggregate's inputs, every one (NULLs too), as the Aggregator reduces them
    renderers.put("ember_group_rows", (call, args) -> SqlCall.of("list", args.get(0)));
    renderers.put("ember_group_distinct_rows", (call, args) -> new SqlCall("list", args, true));
    renderers.put("collect_set", (call, args) -> collection(call, new SqlCall("list", args, true), args.get(0)));
    renderers.put("collect_list_distinct", (call, args) -> collection(call, new SqlCall("list", args, true), args.get(0)));
    renderers.put("grouping", (call, args) -> resultCast(call, new SqlCall("grouping", args, false)));
    renderers.put("grouping_id", (call, args) -> resultCast(call, new SqlCall("grouping", args, false)));
    renderers.put("bloom_filter_agg", BloomFilterSql::render);
    // DuckDB's count_if of no rows is NULL, Spark's 0
    renderers.put("count_if", (call, args) -> SqlCall.of("coalesce", new SqlCall("count_if", args, false),
        new SqlLiteral(0L, AtomicType.LONG)));
    for (String function : List.of("bool_and", "bool_or", "bit_and", "bit_or", "bit_xor")) {
      renderers.put(function, (call, args) -> SqlCall.of(function, args.get(0)));
    }
    renderers.put("bit_xor_distinct", (call, args) -> new SqlCall("bit_xor", List.of(args.get(0)), true));
    // the value may be NULL at the chosen row (arg_max would skip it); rows with a NULL key are skipped
    renderers.put("max_by", (call, args) -> args.size() == 3 ? extremesBy("max_by", args)
        : SqlCall.of("arg_max_null", args.get(0), args.get(1)));
    renderers.put("min_by", (call, args) -> args.size() == 3 ? extremesBy("min_by", args)
        : SqlCall.of("arg_min_null", args.get(0), args.get(1)));
    renderers.put("count_min_sketch", CountMinSketchSql::render);
  }
  /**
   * A decimal's average is Spark's exact {@code sum / count} rounded half up to four more places
   * (DuckDB's avg of decimals is a double); other types average as DuckDB does.
   */
  private static SqlExpression average(Call call, SqlExpression input, boolean distinct) {
    if (call.dataType() instanceof DecimalType result && call.argument(0).dataType() instanceof DecimalType inputType) {
      SqlExpression count = new SqlCall("count", List.of(input), distinct);
      DecimalType sumType = new DecimalType(Math.min(38, inputType.precision() + 10), inputType.scale());
      Optional<SqlExpression> quotient = DecimalDivision.quotient(new SqlCall("sum", List.of(input), distinct), sumType,
          count, new DecimalType(20, 0), result);
      if (quotient.isPresent()) {
        return resultCast(call, new SqlCase(List.of(new SqlCase.When(
            SqlOperator.infix("=", count, new SqlLiteral(0, AtomicType.INTEGER)), new SqlLiteral(null, AtomicType.NULL))),
            quotient.get()));
      }
    }
    return resultCast(call, new SqlCall("avg", List.of(input), distinct));
  }


  private static SqlExpression resultCast(Call call, SqlExpression expression) {
    return new SqlCast(expression, DuckDbTypes.of(call.dataType()), false);
  }

  private static SqlExpression nonNull(SqlCall aggregate, SqlExpression value) {
    return new SqlFilteredAggregate(aggregate, SqlOperator.postfix("IS NOT NULL", value));
  }

  /** Spark's collect_list/collect_set skip nulls and give an empty array, never NULL. */
  private static SqlExpression collection(Call call, SqlCall list, SqlExpression value) {
    SqlExpression empty = new SqlCast(new SqlList(List.of()), DuckDbTypes.of(call.dataType()), false);
    return SqlCall.of("coalesce", nonNull(list, value), empty);
  }

  /** Spark's count(a, b) counts rows where every argument is non-null. */
  private static SqlExpression count(Call call, List<SqlExpression> args) {
    if (args.size() == 1) {
      return SqlCall.of("count", args.get(0));
    }
    return SqlCall.of("count", whenAllPresent(args, new SqlLiteral(1, AtomicType.INTEGER)));
  }

  private static SqlExpression countDistinct(Call call, List<SqlExpression> args) {
    if (args.size() == 1) {
      return new SqlCall("count", args, true);
    }
    return new SqlCall("count", List.of(whenAllPresent(args, new SqlCall("row", args, false))), true);
  }

  private static SqlExpression whenAllPresent(List<SqlExpression> args, SqlExpression value) {
    SqlExpression allPresent = args.stream()
        .<SqlExpression>map(arg -> SqlOperator.postfix("IS NOT NULL", arg))
        .reduce((left, right) -> SqlOperator.infix("AND", left, right))
        .orElseThrow();
    return new SqlCase(List.of(new SqlCase.When(allPresent, value)), null);
  }

  /**
   * max_by / min_by of k rows: DuckDB's list of the k values in key order; each value goes in a struct, as DuckDB's
   * max_by with a count skips NULL values that Spark keeps.
   */
  private static SqlExpression extremesBy(String function, List<SqlExpression> args) {
    String entry = SqlLet.freshName();
    SqlExpression wrapped = new SqlStruct(List.of(new SqlStruct.Field("v",
        args.get(0))));
    return SqlCall.of("list_transform", SqlCall.of(function, wrapped, args.get(1), args.get(2)),
        new SqlLambda(entry, SqlCall.of("struct_extract", new SqlColumn(entry),
            new SqlLiteral("v", AtomicType.STRING))));
  }
}
