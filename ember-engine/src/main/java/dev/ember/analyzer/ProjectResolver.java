package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import java.util.ArrayList;
import java.util.List;

/** {@code select(...)}: stars expanded, plain columns passed through with their identity. */
final class ProjectResolver {
  private final Analyzer analyzer;

  ProjectResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(Scope input, List<Expression> expressions) {
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<NamedExpression> columns = new ArrayList<>();
    for (Expression expression : expressions) {
      if (expression instanceof UnresolvedStar star) {
        resolver.expandStar(star).forEach(attribute -> columns.add(passThrough(attribute)));
      } else if (expression instanceof dev.ember.plan.expressions.UnresolvedRegex regex) {
        resolver.expandRegex(regex).forEach(attribute -> columns.add(passThrough(attribute)));
      } else {
        columns.add(named(analyzer, resolver.resolveTopLevel(expression), expression));
      }
    }
    return input.withPlan(new Projection(input.plan(), columns));
  }

  static NamedExpression passThrough(Attribute attribute) {
    return new NamedExpression(new ColumnReference(attribute), attribute);
  }

  /** A plain column keeps its attribute (so {@code df.col("x")} still finds it); anything else is new. */
  static NamedExpression named(Analyzer analyzer, BoundColumn bound, Expression original) {
    if (bound.expression() instanceof ColumnReference reference
        && !(original instanceof dev.ember.plan.expressions.Alias)) {
      Attribute attribute = reference.attribute();
      return new NamedExpression(reference, attribute.name().equals(bound.name())
          ? attribute : attribute.withName(bound.name()));
    }
    return new NamedExpression(bound.expression(),
        analyzer.newAttribute(bound.name(), bound.expression().dataType(), bound.expression().nullable()));
  }
}
