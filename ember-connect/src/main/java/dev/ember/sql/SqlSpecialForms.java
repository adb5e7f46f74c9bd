package dev.ember.sql;

import static dev.ember.sql.ExpressionBuilder.call;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * The functions SQL writes with keywords instead of commas ({@code EXTRACT(YEAR FROM d)},
 * {@code SUBSTRING(s FROM 2 FOR 3)}, {@code TRIM(BOTH 'x' FROM s)}, {@code POSITION(a IN b)}, {@code OVERLAY},
 * {@code FIRST(x IGNORE NULLS)}), as the functions Spark's parser turns them into.
 */
final class SqlSpecialForms {
  private SqlSpecialForms() {
  }

  static Expression build(ExpressionBuilder builder, SqlBaseParser.PrimaryExpressionContext context) {
    if (context instanceof SqlBaseParser.ExtractContext extract) {
      return call("extract", Literal.of(extract.simpleIdentifier().getText()), builder.value(extract.valueExpression()));
    }
    if (context instanceof SqlBaseParser.SubstringContext substring) {
      List<Expression> arguments = new ArrayList<>();
      arguments.add(builder.value(substring.str));
      arguments.add(builder.value(substring.pos));
      if (substring.len != null) {
        arguments.add(builder.value(substring.len));
      }
      return new UnresolvedFunction("substring", arguments, false);
    }
    if (context instanceof SqlBaseParser.TrimContext trim) {
      String function = trim.trimOption == null ? "trim" : switch (trim.trimOption.getType()) {
        case SqlBaseParser.LEADING -> "ltrim";
        case SqlBaseParser.TRAILING -> "rtrim";
        default -> "trim";
      };
      Expression source = builder.value(trim.srcStr);
      // trim(trimStr, srcStr) as a function call takes the characters first
      return trim.trimStr == null ? call(function, source) : call(function, builder.value(trim.trimStr), source);
    }
    if (context instanceof SqlBaseParser.PositionContext position) {
      // Spark's StringLocate, named locate(...) when written POSITION(substr IN str)
      return call("locate", builder.value(position.substr), builder.value(position.str));
    }
    if (context instanceof SqlBaseParser.OverlayContext overlay) {
      List<Expression> arguments = new ArrayList<>(List.of(builder.value(overlay.input),
          builder.value(overlay.replace), builder.value(overlay.position)));
      if (overlay.length != null) {
        arguments.add(builder.value(overlay.length));
      }
      return new UnresolvedFunction("overlay", arguments, false);
    }
    if (context instanceof SqlBaseParser.FirstContext first) {
      return call("first", builder.expression(first.expression()), Literal.of(first.IGNORE() != null));
    }
    if (context instanceof SqlBaseParser.LastContext last) {
      return call("last", builder.expression(last.expression()), Literal.of(last.IGNORE() != null));
    }
    if (context instanceof SqlBaseParser.Any_valueContext any) {
      return call("any_value", builder.expression(any.expression()), Literal.of(any.IGNORE() != null));
    }
    if (context instanceof SqlBaseParser.TimestampaddContext add) {
      return SqlDatetimeUnits.add(builder, add);
    }
    if (context instanceof SqlBaseParser.TimestampdiffContext diff) {
      return SqlDatetimeUnits.diff(builder, diff);
    }
    if (context instanceof SqlBaseParser.SubqueryExpressionContext subquery) {
      return new dev.ember.plan.expressions.SubqueryExpression(builder.subquery(subquery.query()),
          dev.ember.plan.expressions.SubqueryExpression.Kind.SCALAR, List.of());
    }
    throw ExpressionBuilder.unsupported(builder.source(context));
  }
}
