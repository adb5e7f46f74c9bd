package dev.ember.sql;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.NamedArguments;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/** A function argument: an expression, or a named argument {@code name => value} the analyzer places. */
final class SqlNamedArguments {
  private SqlNamedArguments() {
  }

  static Expression argument(ExpressionBuilder builder, SqlBaseParser.FunctionArgumentContext argument) {
    SqlBaseParser.NamedArgumentExpressionContext named = argument.namedArgumentExpression();
    if (named == null) {
      return builder.expression(argument.expression());
    }
    String key = named.key.getText();
    if (key.length() > 1 && key.startsWith("`") && key.endsWith("`")) {
      key = key.substring(1, key.length() - 1).replace("``", "`");
    }
    return NamedArguments.of(key, builder.expression(named.value));
  }
}
