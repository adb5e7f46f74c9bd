package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.logical.Aggregate;
import java.util.List;
import java.util.Map;

/**
 * Spark's ResolveGroupByAll: {@code GROUP BY ALL}, when no input column is named {@code all}, groups by every select
 * expression that calls no aggregate function; when none does but one reads a column (as {@code i + sum(j)}) the
 * grouping cannot be inferred (UNRESOLVED_ALL_IN_GROUP_BY).
 */
final class GroupByAll {
  private GroupByAll() {
  }

  /**
   * Whether the aggregation groups by the one-part name {@code all} that no select alias has (an input column of that
   * name is checked when resolving). HAVING and ORDER BY may then name only
   * the inferred keys' columns and aggregates, as in Spark.
   */
  static boolean named(Aggregate aggregate) {
    return !aggregate.keysInOutput() && aggregate.groupings().size() == 1
        && aggregate.groupings().get(0) instanceof UnresolvedAttribute attribute
        && attribute.nameParts().size() == 1 && attribute.nameParts().get(0).equalsIgnoreCase("all")
        && aggregate.aggregates().stream().noneMatch(column -> column instanceof Alias alias
            && alias.name().equalsIgnoreCase("all"));
  }

  static Aggregate apply(Analyzer analyzer, Scope input, Aggregate aggregate) {
    if (!named(aggregate)) {
      return aggregate;
    }
    UnresolvedAttribute attribute = (UnresolvedAttribute) aggregate.groupings().get(0);
    try {
      analyzer.expressions(input, false).resolve(attribute);
      return aggregate;
    } catch (EmberException notAColumn) {
      List<Expression> keys = aggregate.aggregates().stream().filter(expression -> !computedBeside(expression))
          .filter(expression -> !GlobalAggregates.callsAggregate(expression)).map(GroupByAll::unaliased).toList();
      if (keys.isEmpty() && aggregate.aggregates().stream()
          .filter(expression -> !computedBeside(expression)).anyMatch(GroupByAll::readsColumn)) {
        throw new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_ALL_IN_GROUP_BY", "42803",
            "Cannot infer grouping columns for GROUP BY ALL based on the select clause. Please explicitly specify the "
                + "grouping columns.", Map.of());
      }
      return aggregate.withGroupings(keys);
    }
  }

  /** A HAVING condition or ORDER BY key computed beside the select list: never a key GROUP BY ALL infers. */
  private static boolean computedBeside(Expression expression) {
    return expression instanceof Alias alias && (alias.name().equals(HavingResolver.CONDITION)
        || alias.name().startsWith(MissingSortKeys.KEY));
  }

  /** The expression without its alias; a constant kept aliased, which GROUP BY does not read as a position. */
  private static Expression unaliased(Expression expression) {
    Expression child = expression instanceof Alias alias ? alias.child() : expression;
    if (child instanceof Alias) {
      return unaliased(child);
    }
    return child instanceof dev.ember.plan.expressions.Literal ? new Alias(child, "constant") : child;
  }

  private static boolean readsColumn(Expression expression) {
    if (expression instanceof UnresolvedAttribute) {
      return true;
    }
    if (expression instanceof Alias alias) {
      return readsColumn(alias.child());
    }
    if (expression instanceof Cast cast) {
      return readsColumn(cast.child());
    }
    if (expression instanceof ExtractValue extract) {
      return readsColumn(extract.child()) || readsColumn(extract.extraction());
    }
    if (expression instanceof UnresolvedFunction function) {
      // a column inside an aggregate is aggregated, not a grouping candidate
      return !GlobalAggregates.callsAggregate(new UnresolvedFunction(function.name(), List.of(), false))
          && function.arguments().stream().anyMatch(GroupByAll::readsColumn);
    }
    if (expression instanceof WindowExpression window) {
      return readsColumn(window.function()) || window.partitionBy().stream().anyMatch(GroupByAll::readsColumn);
    }
    return false;
  }
}
