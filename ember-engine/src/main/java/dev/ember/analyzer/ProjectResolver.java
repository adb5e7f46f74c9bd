package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.resolved.ResolvedPlan;
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

  Scope resolve(Scope original, List<Expression> selectList) {
    WindowedInput windowed = TimeWindowPlanning.plan(analyzer, original, selectList);
    Scope input = windowed.scope();
    ExpressionResolver resolver = analyzer.expressions(input, false).forSelectList();
    LateralColumnAliases lateral = LateralColumnAliases.over(analyzer, resolver, true);
    java.util.Optional<LateralColumnAliases.TwoSteps> steps = lateral.twoSteps(selectList);
    if (steps.isPresent()) {
      Scope first = resolve(original, steps.get().first());
      java.util.Set<Long> added = new java.util.HashSet<>();
      List<Attribute> columns = first.output();
      for (int index = columns.size() - steps.get().aliasNames().size(); index < columns.size(); index++) {
        added.add(columns.get(index).id());
      }
      return resolve(first.withHidden(added), steps.get().second());
    }
    List<Expression> expressions = lateral.inlineIfDeterministic(selectList);
    List<NamedExpression> columns = new ArrayList<>();
    ResolvedPlan below = input.plan();
    for (Expression expression : expressions) {
      if (expression instanceof UnresolvedStar star) {
        List<BoundColumn> outerColumns = resolver.expandOuterStar(star);
        outerColumns.forEach(column -> columns.add(named(analyzer, column, expression)));
        if (!outerColumns.isEmpty()) {
          continue;
        }
        List<BoundColumn> fields = star.except().isEmpty() ? resolver.expandStructStar(star) : List.of();
        if (!fields.isEmpty()) {
          fields.forEach(field -> columns.add(named(analyzer, field, expression)));
          continue;
        }
        for (BoundColumn column : StarExcept.columns(resolver, star)) {
          columns.add(column.expression() instanceof dev.ember.plan.resolved.ColumnReference reference
              ? passThrough(reference.attribute()) : named(analyzer, column, expression));
        }
        continue;
      }
      if (expression instanceof dev.ember.plan.expressions.UnresolvedRegex regex) {
        resolver.expandRegex(regex).forEach(attribute -> columns.add(passThrough(attribute)));
        continue;
      }
      BoundColumn resolved = expression instanceof dev.ember.plan.expressions.Alias alias
          && alias.name().equals(dev.ember.plan.logical.QualifyColumn.NAME)
          ? QualifyConditions.resolve(analyzer, input, resolver, alias) : resolver.resolveTopLevel(expression);
      BoundColumn bound = new BoundColumn(windowed.replace(resolved.expression()), resolved.name());
      if (bound.expression() instanceof Generator generator) {
        GeneratedRows generated = GeneratorPlanning.generate(analyzer, below, generator, expression);
        generated.generated().forEach(attribute -> columns.add(passThrough(attribute)));
        below = generated;
      } else {
        GeneratorPlanning.rejectNested(bound);
        columns.add(named(analyzer, bound, expression));
      }
    }
    return withMetadataColumns(analyzer, input, below, columns);
  }

  /** The projection, passing on hidden the input's file metadata columns it does not select (as Spark's). */
  private static Scope withMetadataColumns(Analyzer analyzer, Scope input, ResolvedPlan below,
      List<NamedExpression> columns) {
    java.util.Set<Long> carried = new java.util.HashSet<>();
    for (Attribute attribute : FileMetadataColumns.carried(analyzer, input)) {
      if (columns.stream().noneMatch(column -> column.attribute().id() == attribute.id())) {
        columns.add(passThrough(attribute));
        carried.add(attribute.id());
      }
    }
    Scope projected = input.withPlan(new Projection(below, columns));
    return carried.isEmpty() ? projected : projected.withHidden(carried);
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
    Attribute attribute = analyzer.newAttribute(bound.name(), bound.expression().dataType(),
        bound.expression().nullable());
    // an alias of a column keeps its declared char/varchar type, as Spark's Alias keeps its child's metadata
    return new NamedExpression(bound.expression(), bound.expression() instanceof ColumnReference reference
        ? attribute.withDeclaredType(reference.attribute().declaredType()) : attribute);
  }
}
