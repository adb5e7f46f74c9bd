package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.text.ExpressionText;
import dev.ember.plan.text.LiteralText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL's {@code GROUP BY alias} ({@code spark.sql.groupByAliases}, on by default): a one-part name no input column has,
 * in a key or inside one ({@code GROUP BY col1 % abc}), stands for the select-list expression of that name — an
 * alias, or the name Spark gives an unaliased item ({@code GROUP BY `concat_ws( , a, b)`}) — as Spark's
 * ResolveAggAliasInGroupBy resolves it. The expression keeps the alias's name, so a constant is grouped by as a
 * value, not read as a position; an aggregate is Spark's GROUP_BY_AGGREGATE.
 */
final class GroupByAliases {
  private GroupByAliases() {
  }

  static Aggregate apply(Analyzer analyzer, Scope input, Aggregate aggregate) {
    if (aggregate.keysInOutput() || !analyzer.groupByAliases()) {
      return aggregate;
    }
    ExpressionResolver columns = analyzer.expressions(input, false);
    List<Expression> groupings = aggregate.groupings().stream()
        .map(key -> replaced(analyzer, input, columns, aggregate, key)).toList();
    return aggregate.withGroupings(groupings).withAggregates(aggregate.aggregates(), false);
  }

  private static Expression replaced(Analyzer analyzer, Scope input, ExpressionResolver columns, Aggregate aggregate,
      Expression key) {
    if (key instanceof UnresolvedAttribute attribute && attribute.nameParts().size() == 1
        && attribute.planId().isEmpty()) {
      if (isColumn(columns, key)) {
        return key;
      }
      return selected(analyzer, columns, aggregate, attribute.nameParts().get(0))
          .<Expression>map(alias -> groupable(analyzer, input, alias)).orElse(key);
    }
    if (key instanceof UnresolvedFunction function) {
      return new UnresolvedFunction(function.name(), function.arguments().stream()
          .map(argument -> replaced(analyzer, input, columns, aggregate, argument)).toList(), function.distinct());
    }
    if (key instanceof Cast cast) {
      return new Cast(replaced(analyzer, input, columns, aggregate, cast.child()), cast.targetType(), cast.tryCast());
    }
    return key;
  }

  private static boolean isColumn(ExpressionResolver columns, Expression key) {
    try {
      columns.resolve(key);
      return true;
    } catch (EmberException notAColumn) {
      return false;
    }
  }

  /** The select-list item named {@code name}: an alias, else an unaliased item whose generated name it is. */
  private static Optional<Alias> selected(Analyzer analyzer, ExpressionResolver columns, Aggregate aggregate,
      String name) {
    Optional<Alias> aliased = aggregate.aggregates().stream().filter(Alias.class::isInstance).map(Alias.class::cast)
        .filter(alias -> analyzer.names().same(alias.name(), name)).findFirst();
    if (aliased.isPresent()) {
      return aliased;
    }
    for (Expression item : aggregate.aggregates()) {
      if (item instanceof Alias || item instanceof UnresolvedAttribute || GlobalAggregates.callsAggregate(item)) {
        continue;
      }
      try {
        if (analyzer.names().same(columns.resolveTopLevel(item).name(), name)) {
          return Optional.of(new Alias(item, name));
        }
      } catch (EmberException notResolvable) {
        // an item that does not resolve over the input names nothing here; it fails where it is resolved
      }
    }
    return Optional.empty();
  }

  /** The aliased expression, named as the alias (a constant stays a value, not a position); no aggregate. */
  private static Expression groupable(Analyzer analyzer, Scope input, Alias alias) {
    if (GlobalAggregates.callsAggregate(alias.child())) {
      String text = ExpressionText.sql(new LiteralText(analyzer.timeZone()))
          .of(analyzer.expressions(input, true).resolveTopLevel(alias.child()).expression());
      throw new EmberException(ErrorKind.ANALYSIS, "GROUP_BY_AGGREGATE", "42903",
          "Aggregate functions are not allowed in GROUP BY, but found " + text + ".", Map.of("sqlExpr", text));
    }
    return alias;
  }
}
