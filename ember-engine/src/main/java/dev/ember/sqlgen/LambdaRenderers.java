package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.LambdaParameter;
import dev.ember.plan.types.AtomicType;
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
 * Higher-order functions on DuckDB's list lambdas. A value the DuckDB lambda does not hand over
 * directly (Spark's 0-based position, the two sides of zip_with) is bound with
 * {@link SqlLet}.
 */
final class LambdaRenderers {
  private LambdaRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("transform", (call, args) -> SqlCall.of("list_transform", args.get(0), positional(args.get(1))));
    renderers.put("filter", (call, args) -> SqlCall.of("list_filter", args.get(0), positional(args.get(1))));
    renderers.put("exists", (call, args) -> fold(args, "OR", false));
    renderers.put("forall", (call, args) -> fold(args, "AND", true));
    renderers.put("aggregate", LambdaRenderers::aggregate);
    renderers.put("reduce", LambdaRenderers::aggregate);
    renderers.put("zip_with", LambdaRenderers::zipWith);
    MapLambdaRenderers.register(renderers);
  }

  static String parameterName(LambdaParameter parameter) {
    return parameter.name() + "#L" + parameter.id();
  }

  /** {@code (x, i) -> body} with DuckDB's 1-based index turned into Spark's 0-based int position. */
  private static SqlLambda positional(SqlExpression argument) {
    SqlLambda lambda = (SqlLambda) argument;
    if (lambda.parameters().size() < 2) {
      return lambda;
    }
    String index = lambda.parameters().get(1) + "#duckdb";
    SqlExpression position = new SqlCast(SqlOperator.infix("-", new SqlColumn(index),
        new SqlLiteral(1, AtomicType.INTEGER)), "INTEGER", false);
    return new SqlLambda(List.of(lambda.parameters().get(0), index),
        let(lambda.parameters().get(1), position, lambda.body()));
  }

  /** exists / forall: SQL's three-valued OR / AND over the predicate of each element (NULL if undecided by NULLs). */
  private static SqlExpression fold(List<SqlExpression> args, String operator, boolean empty) {
    SqlExpression values = SqlCall.of("list_transform", args.get(0), positional(args.get(1)));
    return SqlCall.of("list_reduce", values, new SqlLambda(List.of("acc#", "v#"),
        SqlOperator.infix(operator, new SqlColumn("acc#"), new SqlColumn("v#"))),
        new SqlLiteral(empty, AtomicType.BOOLEAN));
  }

  /** aggregate(array, zero, (acc, x) -> merge[, acc -> finish]). */
  private static SqlExpression aggregate(Call call, List<SqlExpression> args) {
    SqlExpression zero = new SqlCast(args.get(1), DuckDbTypes.of(call.argument(1).dataType()), false);
    SqlExpression reduced = SqlCall.of("list_reduce", args.get(0), args.get(2), zero);
    if (args.size() < 4) {
      return reduced;
    }
    SqlLambda finish = (SqlLambda) args.get(3);
    if (finish.body() instanceof SqlColumn column && column.name().equals(finish.parameters().get(0))) {
      return reduced;
    }
    return let(finish.parameters().get(0), reduced, finish.body());
  }

  /** zip_with(left, right, (x, y) -> body): the shorter side padded with NULLs; NULL if either side is. */
  private static SqlExpression zipWith(Call call, List<SqlExpression> args) {
    SqlLambda lambda = (SqlLambda) args.get(2);
    String pair = lambda.parameters().get(0) + "#pair";
    SqlExpression body = let(lambda.parameters().get(0), SqlCall.of("struct_extract", new SqlColumn(pair),
        new SqlLiteral(1, AtomicType.INTEGER)), let(lambda.parameters().get(1), SqlCall.of("struct_extract",
        new SqlColumn(pair), new SqlLiteral(2, AtomicType.INTEGER)), lambda.body()));
    SqlExpression zipped = SqlCall.of("list_transform", SqlCall.of("list_zip", args.get(0), args.get(1)),
        new SqlLambda(pair, body));
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("OR", SqlOperator.postfix("IS NULL", args.get(0)),
        SqlOperator.postfix("IS NULL", args.get(1))),
        new SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(call.dataType()), false))), zipped);
  }

  private static SqlExpression let(String name, SqlExpression value, SqlExpression body) {
    return SqlLet.bind(name, value, body);
  }
}
