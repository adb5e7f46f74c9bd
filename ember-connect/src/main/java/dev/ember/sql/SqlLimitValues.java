package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * The value of a LIMIT or OFFSET: an integer constant, written as a literal, a cast of one or integer arithmetic of
 * them ({@code 2 + 1}); NULL, a boolean or a string is Spark's INVALID_LIMIT_LIKE_EXPRESSION.
 */
final class SqlLimitValues {
  private SqlLimitValues() {
  }

  static int value(ExpressionBuilder expressions, SqlBaseParser.ExpressionContext context, String what) {
    Expression value = expressions.expression(context);
    Optional<Long> number = integer(value);
    if (number.isPresent()) {
      return number.get().intValue();
    }
    String name = what.toLowerCase(Locale.ROOT);
    if (value instanceof Cast cast && cast.child() instanceof Literal literal && literal.value() == null) {
      String expr = "\"" + expressions.source(context) + "\"";
      throw expressions.origins().attach(context, invalid("IS_NULL", "The evaluated " + name
          + " expression must not be null.", Map.of("name", name, "expr", expr), expr));
    }
    if (value instanceof Literal literal && literal.value() instanceof Boolean bool) {
      String expr = "\"" + bool + "\"";
      throw invalid("DATA_TYPE", "The " + name + " expression must be integer type, but got \"BOOLEAN\".",
          Map.of("name", name, "expr", expr, "dataType", "\"BOOLEAN\""), expr);
    }
    if (value instanceof Literal literal && literal.value() instanceof String text) {
      String expr = "\"" + text + "\"";
      throw expressions.origins().attach(context, invalid("DATA_TYPE", "The " + name
          + " expression must be integer type, but got \"STRING\".",
          Map.of("name", name, "expr", expr, "dataType", "\"STRING\""), expr));
    }
    throw ExpressionBuilder.unsupported(what.toUpperCase(Locale.ROOT) + " " + expressions.source(context));
  }

  /** An integer literal, a cast of one to an integral type, or +, - and * of those; empty otherwise. */
  private static Optional<Long> integer(Expression value) {
    if (value instanceof Literal literal && literal.value() instanceof Number number
        && !(number instanceof Double || number instanceof Float || number instanceof java.math.BigDecimal)) {
      return Optional.of(number.longValue());
    }
    if (value instanceof Cast cast && cast.targetType() instanceof AtomicType type && type.integral()) {
      return integer(cast.child());
    }
    if (value instanceof UnresolvedFunction function && function.arguments().size() == 2) {
      Optional<Long> left = integer(function.arguments().get(0));
      Optional<Long> right = integer(function.arguments().get(1));
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      return switch (function.name()) {
        case "+" -> Optional.of(left.get() + right.get());
        case "-" -> Optional.of(left.get() - right.get());
        case "*" -> Optional.of(left.get() * right.get());
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  private static EmberException invalid(String subclass, String message, Map<String, String> parameters,
      String expr) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_LIMIT_LIKE_EXPRESSION." + subclass, "42K0E",
        "The limit like expression " + expr + " is invalid. " + message, parameters);
  }
}
