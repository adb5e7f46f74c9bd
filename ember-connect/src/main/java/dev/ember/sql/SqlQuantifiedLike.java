package dev.ember.sql;

import static dev.ember.sql.ExpressionBuilder.call;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code value [NOT] LIKE|ILIKE ANY|SOME|ALL (patterns)}: as Spark's AstBuilder builds it for patterns that are not all
 * string constants, one LIKE per pattern (each negated under NOT) joined by OR for ANY/SOME and by AND for ALL, which
 * is also LikeAny/LikeAll's three-valued result.
 */
final class SqlQuantifiedLike {
  private SqlQuantifiedLike() {
  }

  static Expression build(ExpressionBuilder builder, Expression value, SqlBaseParser.PredicateContext predicate,
      boolean not) {
    if (predicate.expression().isEmpty()) {
      throw new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0064", null,
          "Expected something between '(' and ')'.", Map.of("msg", "Expected something between '(' and ')'."));
    }
    String function = predicate.kind.getType() == SqlBaseParser.LIKE ? "like" : "ilike";
    String combine = predicate.quantifier.getType() == SqlBaseParser.ALL ? "and" : "or";
    List<Expression> tests = predicate.expression().stream().map(pattern -> {
      Expression test = call(function, value, builder.expression(pattern));
      return not ? call("not", test) : test;
    }).toList();
    Expression result = tests.get(0);
    for (Expression test : tests.subList(1, tests.size())) {
      result = call(combine, result, test);
    }
    return result;
  }
}
