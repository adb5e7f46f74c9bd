package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A generator in an aggregation's select list ({@code SELECT explode(collect_list(x)) FROM t}, or {@code explode(arr)}
 * under GROUP BY ALL), as Spark's analyzer plans it (ExtractGenerator): the aggregation computes the generator's input
 * as one more column, the generator makes its rows from each aggregated row, and a projection puts the columns in
 * the select list's order.
 */
final class GeneratorsOverAggregates {
  private static final Set<String> GENERATORS = Set.of("explode", "explode_outer", "posexplode", "posexplode_outer",
      "inline", "inline_outer");
  private static final String INPUT = "__generator_input_";

  private GeneratorsOverAggregates() {
  }

  /** The aggregation with its generators made over it, or empty when its select list has none. */
  static Optional<Scope> resolve(Analyzer analyzer, Scope input, Aggregate aggregate) {
    List<Expression> selectList = aggregate.aggregates();
    List<Expression> computed = new ArrayList<>();
    boolean any = false;
    for (int index = 0; index < selectList.size(); index++) {
      Optional<UnresolvedFunction> generator = generator(selectList.get(index));
      if (generator.isPresent()) {
        computed.add(new Alias(generator.get().arguments().get(0), INPUT + index));
        any = true;
      } else {
        computed.add(selectList.get(index));
      }
    }
    if (!any) {
      return Optional.empty();
    }
    // the select list's lateral aliases checked as written, the generators' aliases among them (ambiguity)
    LateralColumnAliases.over(analyzer, analyzer.expressions(input, false), false).inlineIfDeterministic(selectList);
    List<UnresolvedFunction> generators = selectList.stream().map(GeneratorsOverAggregates::generator)
        .flatMap(Optional::stream).toList();
    if (generators.size() > 1) {
      // Spark takes several generators in a select list, but not over an aggregation
      ExpressionResolver names = analyzer.expressions(input, false);
      String written = generators.stream().map(call -> "\"" + names.resolve(call).name() + "\"")
          .collect(java.util.stream.Collectors.joining(", "));
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "UNSUPPORTED_GENERATOR.MULTI_GENERATOR", "42K0E", "The generator is not supported: only one generator "
              + "allowed per SELECT clause but found " + generators.size() + ": " + written + ".",
          java.util.Map.of("num", Integer.toString(generators.size()), "generators", written));
    }
    Scope aggregated = new AggregateResolver(analyzer).resolve(input, aggregate.withAggregates(computed,
        aggregate.keysInOutput()));
    List<Attribute> columns = aggregated.output();
    int offset = columns.size() - selectList.size();
    ExpressionResolver overAggregated = analyzer.expressions(aggregated, false);
    ResolvedPlan below = aggregated.plan();
    List<NamedExpression> output = new ArrayList<>();
    for (int position = 0; position < offset; position++) {
      output.add(ProjectResolver.passThrough(columns.get(position)));
    }
    for (int index = 0; index < selectList.size(); index++) {
      Optional<UnresolvedFunction> generator = generator(selectList.get(index));
      if (generator.isEmpty()) {
        output.add(ProjectResolver.passThrough(columns.get(offset + index)));
        continue;
      }
      UnresolvedFunction overColumn = new UnresolvedFunction(generator.get().name(),
          List.of(UnresolvedAttribute.of(INPUT + index)), false);
      BoundColumn bound = overAggregated.resolveTopLevel(overColumn);
      if (!(bound.expression() instanceof Generator made)) {
        throw dev.ember.plan.errors.SparkErrors.internal("a generator that made no rows: " + bound.name());
      }
      dev.ember.plan.resolved.GeneratedRows generated = GeneratorPlanning.generate(analyzer, below, made,
          selectList.get(index));
      generated.generated().forEach(attribute -> output.add(ProjectResolver.passThrough(attribute)));
      below = generated;
    }
    return Optional.of(aggregated.withPlan(new Projection(below, output)));
  }

  /** The generator call an item is (aliased or not), with the one argument it makes rows from. */
  private static Optional<UnresolvedFunction> generator(Expression item) {
    Expression called = item instanceof Alias alias ? alias.child()
        : item instanceof MultiAlias alias ? alias.child() : item;
    if (called instanceof UnresolvedFunction function && !function.distinct() && function.arguments().size() == 1
        && GENERATORS.contains(function.name().toLowerCase(Locale.ROOT))) {
      return Optional.of(function);
    }
    return Optional.empty();
  }
}
