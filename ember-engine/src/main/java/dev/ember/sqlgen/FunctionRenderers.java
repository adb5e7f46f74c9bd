package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.plan.types.AtomicType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each resolved Spark function is written in DuckDB SQL: one row per function, keyed by the
 * canonical name the analyzer puts in {@link Call}.
 */
final class FunctionRenderers {
  /** Renders a call whose arguments are already rendered. */
  @FunctionalInterface
  interface Renderer {
    SqlExpression render(Call call, List<SqlExpression> arguments);
  }

  private static final Map<String, Renderer> RENDERERS = build();

  private FunctionRenderers() {
  }

  static Optional<Renderer> lookup(String function) {
    return Optional.ofNullable(RENDERERS.get(function));
  }

  private static Map<String, Renderer> build() {
    Map<String, Renderer> renderers = new HashMap<>();
    renderers.put("add", decimalSafe(infix("+")));
    renderers.put("subtract", decimalSafe(infix("-")));
    renderers.put("multiply", decimalSafe(infix("*")));
    renderers.put("divide", (call, args) -> resultCast(call, guardZero(args.get(1), SqlOperator.infix("/", args.get(0), args.get(1)))));
    renderers.put("remainder", (call, args) -> resultCast(call, guardZero(args.get(1),
        SqlOperator.infix("%", args.get(0), args.get(1)), RaisedError.REMAINDER_BY_ZERO)));
    renderers.put("negative", (call, args) -> SqlOperator.prefix("-", args.get(0)));
    renderers.put("abs", (call, args) -> SqlCall.of("abs", args.get(0)));
    renderers.put("equal", infix("="));
    renderers.put("equal_null_safe", infix("IS NOT DISTINCT FROM"));
    renderers.put("less_than", infix("<"));
    renderers.put("less_than_or_equal", infix("<="));
    renderers.put("greater_than", infix(">"));
    renderers.put("greater_than_or_equal", infix(">="));
    renderers.put("and", infix("AND"));
    renderers.put("or", infix("OR"));
    renderers.put("not", (call, args) -> SqlOperator.prefix("NOT", args.get(0)));
    renderers.put("is_null", (call, args) -> SqlOperator.postfix("IS NULL", args.get(0)));
    renderers.put("is_not_null", (call, args) -> SqlOperator.postfix("IS NOT NULL", args.get(0)));
    renderers.put("count", FunctionRenderers::count);
    renderers.put("count_distinct", (call, args) -> new SqlCall("count", args, true));
    renderers.put("sum", (call, args) -> resultCast(call, SqlCall.of("sum", args.get(0))));
    renderers.put("avg", (call, args) -> resultCast(call, SqlCall.of("avg", args.get(0))));
    renderers.put("min", (call, args) -> SqlCall.of("min", args.get(0)));
    renderers.put("max", (call, args) -> SqlCall.of("max", args.get(0)));
    renderers.put("upper", (call, args) -> SqlCall.of("upper", args.get(0)));
    renderers.put("lower", (call, args) -> SqlCall.of("lower", args.get(0)));
    ConditionalRenderers.register(renderers);
    MathRenderers.register(renderers);
    StringRenderers.register(renderers);
    return Map.copyOf(renderers);
  }

  static Renderer infix(String operator) {
    return (call, args) -> SqlOperator.infix(operator, args.get(0), args.get(1));
  }

  /** DuckDB's decimal result types differ from Spark's: compute, then cast to Spark's type. */
  private static Renderer decimalSafe(Renderer renderer) {
    return (call, args) -> call.dataType() instanceof DecimalType
        ? resultCast(call, renderer.render(call, args)) : renderer.render(call, args);
  }

  static SqlExpression resultCast(Call call, SqlExpression expression) {
    return new SqlCast(expression, DuckDbTypes.of(call.dataType()), false);
  }

  /** Spark (ANSI) fails on a zero divisor where DuckDB would return NULL. */
  private static SqlExpression guardZero(SqlExpression divisor, SqlExpression division) {
    return guardZero(divisor, division, RaisedError.DIVIDE_BY_ZERO);
  }

  /** {@code CASE WHEN divisor = 0 THEN error(...) ELSE division END}. */
  static SqlExpression guardZero(SqlExpression divisor, SqlExpression division, RaisedError error) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", divisor, new SqlLiteral(0, AtomicType.INTEGER)),
        raise(error, "INTEGER"))), division);
  }

  /** DuckDB's {@code error(marker)}, typed so that it fits any CASE branch. */
  static SqlExpression raise(RaisedError error, String duckDbType, String... arguments) {
    return new SqlCast(SqlCall.of("error", new SqlLiteral(error.marker(arguments), AtomicType.STRING)), duckDbType,
        false);
  }

  /** Spark's count(a, b) counts rows where every argument is non-null. */
  private static SqlExpression count(Call call, List<SqlExpression> args) {
    if (args.size() == 1) {
      return SqlCall.of("count", args.get(0));
    }
    SqlExpression allPresent = args.stream()
        .<SqlExpression>map(arg -> SqlOperator.postfix("IS NOT NULL", arg))
        .reduce((left, right) -> SqlOperator.infix("AND", left, right))
        .orElseThrow();
    return SqlCall.of("count", new SqlCase(List.of(new SqlCase.When(allPresent, new SqlLiteral(1, AtomicType.INTEGER))), null));
  }
}
