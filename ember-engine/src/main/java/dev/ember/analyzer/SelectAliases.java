package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.List;
import java.util.Optional;

/**
 * The aliases of a select list, for the clauses evaluated beside it (HAVING, ORDER BY): a one-part name that is an
 * alias stands for the aliased expression, as Spark's analyzer lets those clauses name the select list's columns.
 */
final class SelectAliases {
  private final List<Expression> selectList;
  private final NameMatcher names;

  SelectAliases(List<Expression> selectList, NameMatcher names) {
    this.selectList = List.copyOf(selectList);
    this.names = names;
  }

  /** The expression with every alias name replaced by what it names. */
  Expression inline(Expression expression) {
    if (expression instanceof UnresolvedAttribute attribute && attribute.nameParts().size() == 1
        && attribute.planId().isEmpty()) {
      return aliased(attribute.nameParts().get(0)).orElse(expression);
    }
    if (expression instanceof UnresolvedFunction function) {
      return new UnresolvedFunction(function.name(), function.arguments().stream().map(this::inline).toList(),
          function.distinct());
    }
    if (expression instanceof Cast cast) {
      return new Cast(inline(cast.child()), cast.targetType(), cast.tryCast());
    }
    if (expression instanceof ExtractValue extract) {
      return new ExtractValue(inline(extract.child()), extract.extraction());
    }
    if (expression instanceof SortOrder order) {
      return new SortOrder(inline(order.child()), order.ascending(), order.nullsFirst());
    }
    if (expression instanceof Alias alias) {
      return new Alias(inline(alias.child()), alias.name());
    }
    if (expression instanceof dev.ember.plan.expressions.SubqueryExpression subquery
        && subquery.kind() == dev.ember.plan.expressions.SubqueryExpression.Kind.IN) {
      return new dev.ember.plan.expressions.SubqueryExpression(subquery.plan(), subquery.kind(),
          subquery.values().stream().map(this::inline).toList());
    }
    return expression;
  }

  private Optional<Expression> aliased(String name) {
    return selectList.stream().filter(Alias.class::isInstance).map(Alias.class::cast)
        .filter(alias -> names.same(alias.name(), name)).findFirst().map(Alias::child);
  }
}
