package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.Aggregate;
import java.util.List;

/**
 * SQL's {@code GROUP BY alias} ({@code spark.sql.groupByAliases}): a one-part name no input column has stands for the
 * select list's expression of that alias, as Spark's analyzer resolves it.
 */
final class GroupByAliases {
  private GroupByAliases() {
  }

  static Aggregate apply(Analyzer analyzer, Scope input, Aggregate aggregate) {
    if (aggregate.keysInOutput()) {
      return aggregate;
    }
    ExpressionResolver columns = analyzer.expressions(input, false);
    List<Expression> groupings = aggregate.groupings().stream().map(key -> {
      if (!(key instanceof UnresolvedAttribute attribute) || attribute.nameParts().size() != 1) {
        return key;
      }
      try {
        columns.resolve(key);
        return key;
      } catch (EmberException notAColumn) {
        return aggregate.aggregates().stream().filter(Alias.class::isInstance).map(Alias.class::cast)
            .filter(alias -> analyzer.names().same(alias.name(), attribute.nameParts().get(0)))
            .findFirst().<Expression>map(Alias::child).orElse(key);
      }
    }).toList();
    return new Aggregate(aggregate.input(), aggregate.kind(), groupings, aggregate.aggregates(), false);
  }
}
