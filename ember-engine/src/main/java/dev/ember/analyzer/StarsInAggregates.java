package dev.ember.analyzer;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.resolved.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code SELECT *, count(*) ... GROUP BY ...}: a star in an aggregation's select list stands for the input's columns,
 * each named (with its table's qualifier) as a column the aggregation must group by, as Spark expands it.
 */
final class StarsInAggregates {
  private StarsInAggregates() {
  }

  static Aggregate expand(Analyzer analyzer, Scope input, Aggregate aggregate) {
    if (aggregate.aggregates().stream().noneMatch(UnresolvedStar.class::isInstance)) {
      return aggregate;
    }
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<Expression> expanded = new ArrayList<>();
    for (Expression item : aggregate.aggregates()) {
      if (!(item instanceof UnresolvedStar star)) {
        expanded.add(item);
        continue;
      }
      List<BoundColumn> fields = star.except().isEmpty() ? resolver.expandStructStar(star) : List.of();
      if (!fields.isEmpty()) {
        // s.*: each field read by its path, named by the field
        for (BoundColumn field : fields) {
          List<String> parts = new ArrayList<>(star.target());
          parts.add(field.name());
          expanded.add(new UnresolvedAttribute(parts, OptionalLong.empty()));
        }
        continue;
      }
      for (Attribute column : StarExcept.expand(resolver, star)) {
        List<String> parts = new ArrayList<>(column.qualifier());
        parts.add(column.name());
        expanded.add(new UnresolvedAttribute(parts, OptionalLong.empty()));
      }
    }
    return aggregate.withAggregates(expanded, aggregate.keysInOutput());
  }
}
