package dev.ember.sql;

import static dev.ember.sql.ExpressionBuilder.call;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/** The predicates after a value: BETWEEN, IN, LIKE/ILIKE/RLIKE, IS [NOT] NULL/TRUE/FALSE/UNKNOWN/DISTINCT FROM. */
final class SqlPredicates {
  private SqlPredicates() {
  }

  static Expression apply(ExpressionBuilder builder, Expression value, SqlBaseParser.PredicateContext predicate) {
    boolean not = predicate.errorCapturingNot() != null;
    Expression result = switch (predicate.kind.getType()) {
      case SqlBaseParser.BETWEEN -> call("between", value, builder.value(predicate.valueExpression(0)),
          builder.value(predicate.valueExpression(1)));
      case SqlBaseParser.IN -> in(builder, value, predicate);
      case SqlBaseParser.LIKE, SqlBaseParser.ILIKE -> {
        if (predicate.quantifier == null) {
          yield like(builder, value, predicate);
        }
        Expression quantified = SqlQuantifiedLike.build(builder, value, predicate, not);
        not = false;
        yield quantified;
      }
      case SqlBaseParser.RLIKE -> call("rlike", value, builder.value(predicate.valueExpression(0)));
      case SqlBaseParser.NULL -> {
        Expression test = call(not ? "isnotnull" : "isnull", value);
        not = false;
        yield test;
      }
      case SqlBaseParser.TRUE -> call("<=>", value, Literal.of(true));
      case SqlBaseParser.FALSE -> call("<=>", value, Literal.of(false));
      case SqlBaseParser.UNKNOWN -> {
        Expression test = call(not ? "isnotnull" : "isnull", value);
        not = false;
        yield test;
      }
      case SqlBaseParser.DISTINCT -> {
        // IS DISTINCT FROM is NOT (a <=> b); IS NOT DISTINCT FROM is a <=> b
        Expression same = call("<=>", value, builder.value(predicate.valueExpression(0)));
        not = !not;
        yield same;
      }
      default -> throw ExpressionBuilder.unsupported(builder.source(predicate));
    };
    return not ? call("not", result) : result;
  }

  /**
   * {@code value [NOT] IN (SELECT ...)}; a row {@code (a, b) IN (SELECT x, y ...)} compares each of its values with
   * a column of the subquery, as Spark's AstBuilder takes the row's values apart.
   */
  static Expression inSubquery(ExpressionBuilder builder, SqlBaseParser.ValueExpressionContext value,
      SqlBaseParser.PredicateContext predicate) {
    List<Expression> values = value instanceof SqlBaseParser.ValueExpressionDefaultContext primary
        && primary.primaryExpression() instanceof SqlBaseParser.RowConstructorContext row
        ? row.namedExpression().stream().map(builder::named).toList() : structValues(builder.value(value));
    Expression in = new dev.ember.plan.expressions.SubqueryExpression(builder.subquery(predicate.query()),
        dev.ember.plan.expressions.SubqueryExpression.Kind.IN, values);
    return predicate.errorCapturingNot() != null ? call("not", in) : in;
  }

  /**
   * The values a struct built in place ({@code struct(x, y) IN (SELECT ...)}) stands for, as Spark takes a
   * constructed struct apart (the Connect client's {@code isin(dataset)} does the same); any other value alone.
   */
  private static List<Expression> structValues(Expression value) {
    if (value instanceof UnresolvedFunction function && function.name().equalsIgnoreCase("struct")
        && !function.distinct() && !function.arguments().isEmpty()) {
      return function.arguments().stream()
          .map(argument -> argument instanceof dev.ember.plan.expressions.Alias alias ? alias.child() : argument)
          .toList();
    }
    return List.of(value);
  }

  private static Expression in(ExpressionBuilder builder, Expression value, SqlBaseParser.PredicateContext predicate) {
    if (predicate.expression().isEmpty()) {
      throw builder.origins().attach(predicate, new dev.ember.plan.errors.EmberException(
          dev.ember.plan.errors.ErrorKind.PARSE, "INVALID_SQL_SYNTAX.EMPTY_IN_PREDICATE", "42000",
          "Invalid SQL syntax: IN predicate requires at least one value.", java.util.Map.of()));
    }
    List<Expression> arguments = new ArrayList<>();
    arguments.add(value);
    predicate.expression().forEach(element -> arguments.add(builder.expression(element)));
    return new UnresolvedFunction("in", arguments, false);
  }

  private static Expression like(ExpressionBuilder builder, Expression value, SqlBaseParser.PredicateContext predicate) {
    String function = predicate.kind.getType() == SqlBaseParser.LIKE ? "like" : "ilike";
    List<Expression> arguments = new ArrayList<>(List.of(value, builder.value(predicate.valueExpression(0))));
    if (predicate.ESCAPE() != null) {
      arguments.add(Literal.of(SqlLiterals.string(predicate.stringLit())));
    }
    return new UnresolvedFunction(function, arguments, false);
  }
}
