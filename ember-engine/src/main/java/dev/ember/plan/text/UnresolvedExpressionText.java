package dev.ember.plan.text;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.LambdaVariable;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedRegex;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.expressions.WindowExpression;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An expression as the client sent it, in Spark's text of unresolved expressions: {@code 'name} for a
 * column, {@code 'function(arguments)} (the name in backquotes unless it is a plain identifier),
 * {@code unresolvedalias(expression)} for an output column the analyzer will name.
 */
public final class UnresolvedExpressionText {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final LiteralText literals;

  public UnresolvedExpressionText(LiteralText literals) {
    this.literals = literals;
  }

  /** An output column of a projection or aggregation: aliased ones as they are, others in unresolvedalias. */
  public String outputColumn(Expression expression) {
    if (expression instanceof Alias || expression instanceof UnresolvedAttribute || expression instanceof UnresolvedStar
        || expression instanceof MultiAlias || expression instanceof UnresolvedRegex) {
      return of(expression);
    }
    return "unresolvedalias(" + of(expression) + ")";
  }

  public String list(List<? extends Expression> expressions) {
    return expressions.stream().map(this::of).collect(Collectors.joining(", "));
  }

  public String of(Expression expression) {
    if (expression instanceof Literal literal) {
      return literals.of(literal);
    }
    if (expression instanceof UnresolvedAttribute attribute) {
      return "'" + attribute.nameParts().stream().map(UnresolvedExpressionText::quoted).collect(Collectors.joining("."));
    }
    if (expression instanceof UnresolvedStar star) {
      return star.target().isEmpty() ? "*" : "'" + String.join(".", star.target()) + ".*";
    }
    if (expression instanceof UnresolvedRegex regex) {
      return "'" + regex.regex();
    }
    if (expression instanceof UnresolvedFunction function) {
      return "'" + quoted(function.name()) + "(" + (function.distinct() ? "distinct " : "") + list(function.arguments())
          + ")";
    }
    if (expression instanceof Alias alias) {
      return of(alias.child()) + " AS " + alias.name();
    }
    if (expression instanceof MultiAlias alias) {
      return of(alias.child()) + " AS " + alias.names().stream().collect(Collectors.joining(", ", "(", ")"));
    }
    if (expression instanceof Cast cast) {
      return (cast.tryCast() ? "try_cast(" : "cast(") + of(cast.child()) + " as " + cast.targetType().simpleString() + ")";
    }
    if (expression instanceof SortOrder order) {
      return of(order.child()) + (order.ascending() ? " ASC" : " DESC") + (order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
    }
    if (expression instanceof ExtractValue extract) {
      return of(extract.child()) + "[" + of(extract.extraction()) + "]";
    }
    if (expression instanceof WindowExpression window) {
      return of(window.function()) + " windowspecdefinition(" + list(window.partitionBy())
          + (window.partitionBy().isEmpty() || window.orderBy().isEmpty() ? "" : ", ") + list(window.orderBy()) + ")";
    }
    if (expression instanceof LambdaFunction lambda) {
      return "lambdafunction(" + of(lambda.body()) + ", " + lambda.parameters().stream().map(name -> "lambda '" + name)
          .collect(Collectors.joining(", ")) + ")";
    }
    if (expression instanceof LambdaVariable variable) {
      return "lambda '" + String.join(".", variable.nameParts());
    }
    if (expression instanceof dev.ember.plan.expressions.UserFunctionCall call) {
      return call.function().name() + "(" + list(call.arguments()) + ")";
    }
    if (expression instanceof dev.ember.plan.expressions.SubqueryExpression subquery) {
      return switch (subquery.kind()) {
        case SCALAR -> "scalar-subquery []";
        case EXISTS -> "exists []";
        case IN -> list(subquery.values()) + " IN (list [])";
      };
    }
    throw new IllegalStateException("unexpected expression " + expression.getClass().getSimpleName());
  }

  private static String quoted(String name) {
    return PLAIN_NAME.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
  }
}
