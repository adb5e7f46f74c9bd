package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import java.util.Map;
import java.util.Optional;

/**
 * A QUALIFY condition computed beside a select list without aggregation (see
 * {@link dev.ember.plan.logical.QualifyColumn}): an aggregate function outside the condition's windows is Spark's
 * QUALIFY_AGGREGATE_NOT_ALLOWED, naming the aggregate.
 */
final class QualifyConditions {
  private QualifyConditions() {
  }

  static BoundColumn resolve(Analyzer analyzer, Scope input, ExpressionResolver resolver, Alias condition) {
    Optional<UnresolvedFunction> aggregate = aggregate(condition.child());
    if (aggregate.isPresent()) {
      String name = analyzer.expressions(input, true).resolve(aggregate.get()).name();
      throw new EmberException(ErrorKind.ANALYSIS, "QUALIFY_AGGREGATE_NOT_ALLOWED", "42903",
          "Aggregate function \"" + name + "\" is not allowed in the QUALIFY clause.",
          Map.of("aggregateExpr", "\"" + name + "\"")).withQueryContext(analyzer.origins().of(aggregate.get()));
    }
    return resolver.resolveTopLevel(condition);
  }

  /** The first aggregate call outside window expressions. */
  private static Optional<UnresolvedFunction> aggregate(Expression expression) {
    if (expression instanceof WindowExpression) {
      return Optional.empty();
    }
    if (expression instanceof UnresolvedFunction function) {
      if (FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false)) {
        return Optional.of(function);
      }
      return function.arguments().stream().map(QualifyConditions::aggregate).flatMap(Optional::stream).findFirst();
    }
    if (expression instanceof Alias alias) {
      return aggregate(alias.child());
    }
    if (expression instanceof dev.ember.plan.expressions.Cast cast) {
      return aggregate(cast.child());
    }
    return Optional.empty();
  }
}
