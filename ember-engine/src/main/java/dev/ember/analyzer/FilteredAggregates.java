package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aggregate(x) FILTER (WHERE condition)}: the aggregate of {@code CASE WHEN condition THEN x END}, which skips
 * the rows the condition does not keep as the aggregates that ignore NULLs do ({@code count(*)} counts
 * {@code CASE WHEN condition THEN 1 END}); named as Spark names it. The aggregates that keep NULLs (first, last,
 * any_value) are refused rather than answered wrongly. The condition must be a BOOLEAN without aggregates.
 */
final class FilteredAggregates {
  private static final Set<String> KEEPING_NULLS = Set.of("first", "last", "first_value", "last_value", "any_value",
      "collect_list", "array_agg", "collect_set");

  private FilteredAggregates() {
  }

  static BoundColumn resolve(ExpressionResolver resolver, ExpressionResolver rowResolver, List<Expression> parts) {
    return resolve(resolver, rowResolver, parts, resolver::resolve);
  }

  /** The filtered aggregate over a window: {@code aggregates} resolves the aggregate calls as window functions. */
  static BoundColumn resolve(ExpressionResolver resolver, ExpressionResolver rowResolver, List<Expression> parts,
      java.util.function.Function<UnresolvedFunction, BoundColumn> aggregates) {
    Expression condition = parts.get(1);
    BoundColumn plain = aggregates.apply((UnresolvedFunction) parts.get(0));
    UnresolvedFunction aggregate = (UnresolvedFunction) WithinGroupAggregates.rewritten(parts.get(0),
        resolver.legacyPercentileDisc());
    Optional<UnresolvedFunction> inner = firstAggregate(condition);
    if (inner.isPresent()) {
      String conditionName = resolver.resolve(condition).name();
      throw invalid("CONTAINS_AGGREGATE", "Expected a FILTER expression without an aggregation, but found \""
          + resolver.resolve(inner.get()).name() + "\".", conditionName,
          Map.of("aggExpr", "\"" + resolver.resolve(inner.get()).name() + "\""));
    }
    BoundColumn test = rowResolver.resolve(condition);
    if (test.expression().dataType() != AtomicType.BOOLEAN) {
      throw invalid("NOT_BOOLEAN", "Expected a FILTER expression of the BOOLEAN type.", test.name(), Map.of());
    }
    if (KEEPING_NULLS.contains(aggregate.name())) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall(aggregate.name() + "(...) FILTER (WHERE ...)", "SQL",
          "Ember does not support it yet.");
    }
    List<Expression> guarded = new ArrayList<>();
    for (int index = 0; index < aggregate.arguments().size(); index++) {
      Expression argument = aggregate.arguments().get(index);
      if (argument instanceof UnresolvedStar) {
        guarded.add(when(condition, Literal.of(1)));
      } else if (index == 0 || !(argument instanceof Literal)) {
        guarded.add(when(condition, argument instanceof Alias alias ? alias.child() : argument));
      } else {
        guarded.add(argument);
      }
    }
    BoundColumn filtered = aggregates.apply(new UnresolvedFunction(aggregate.name(), guarded, aggregate.distinct()));
    return new BoundColumn(filtered.expression(), plain.name() + " FILTER (WHERE " + test.name() + ")");
  }

  private static Expression when(Expression condition, Expression value) {
    return new UnresolvedFunction("when", List.of(condition, value), false);
  }

  private static Optional<UnresolvedFunction> firstAggregate(Expression expression) {
    if (expression instanceof UnresolvedFunction function) {
      if (FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false)) {
        return Optional.of(function);
      }
      for (Expression argument : function.arguments()) {
        Optional<UnresolvedFunction> found = firstAggregate(argument);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static EmberException invalid(String subclass, String detail, String conditionName,
      Map<String, String> parameters) {
    Map<String, String> all = new java.util.HashMap<>(parameters);
    all.put("filterExpr", "\"" + conditionName + "\"");
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_AGGREGATE_FILTER." + subclass, "42903",
        "The FILTER expression \"" + conditionName + "\" in an aggregate function is invalid. " + detail,
        Map.copyOf(all));
  }
}
