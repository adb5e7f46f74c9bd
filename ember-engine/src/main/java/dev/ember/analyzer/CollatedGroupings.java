package dev.ember.analyzer;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.Collations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GROUP BY a string of a collation other than UTF8_BINARY groups by its collation key, as Spark groups by the
 * collation's equality: the key is what DuckDB groups by, and the grouped string in the select list is the group's
 * first value (Spark's hash aggregation keeps the first row it meets of each key).
 */
final class CollatedGroupings {
  private CollatedGroupings() {
  }

  static Aggregation grouped(Aggregation aggregation) {
    List<BoundExpression> collated = aggregation.groupings().stream()
        .filter(grouping -> Collations.nonBinary(grouping.dataType())).toList();
    if (collated.isEmpty()) {
      return aggregation;
    }
    List<BoundExpression> groupings = aggregation.groupings().stream().map(CollatedGroupings::key).toList();
    List<NamedExpression> columns = new ArrayList<>();
    for (NamedExpression column : aggregation.columns()) {
      columns.add(new NamedExpression(BoundExpressions.replace(column.expression(), part -> {
        if (collated.contains(part)) {
          return Optional.of(new Call("first", List.of(part), part.dataType(), part.nullable()));
        }
        if (part instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
          return Optional.of(part);
        }
        return Optional.empty();
      }), column.attribute()));
    }
    return new Aggregation(aggregation.input(), aggregation.kind(), groupings, aggregation.groupingSets(), columns);
  }

  /** The collation key of a string of a collation other than UTF8_BINARY, else the expression itself. */
  static BoundExpression key(BoundExpression expression) {
    if (!Collations.nonBinary(expression.dataType())) {
      return expression;
    }
    int id = SparkCollations.id(Collations.of(expression.dataType()));
    return new Call(CollatedCalls.KEY, List.of(expression, Literal.of(id)), AtomicType.STRING, expression.nullable());
  }

  /** The collation sort key of such a string (for ORDER BY), else the expression itself. */
  static BoundExpression sortKey(BoundExpression expression) {
    if (!Collations.nonBinary(expression.dataType())) {
      return expression;
    }
    int id = SparkCollations.id(Collations.of(expression.dataType()));
    return new Call(CollatedCalls.SORT_KEY, List.of(expression, Literal.of(id)), AtomicType.STRING,
        expression.nullable());
  }
}
