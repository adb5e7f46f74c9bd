package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GROUP BY 2} under a select list (SQL), as Spark's SubstituteUnresolvedOrdinals reads it
 * ({@code spark.sql.groupByOrdinal}, on by default): an integer literal key stands for that select-list item, before
 * stars expand (a star with a position is STAR_GROUP_BY_POS), out of range GROUP_BY_POS_OUT_OF_RANGE. A position of
 * an item that aggregates stays, for the aggregation's GROUP_BY_POS_AGGREGATE.
 */
final class GroupByPositions {
  private GroupByPositions() {
  }

  static Aggregate substitute(Analyzer analyzer, Aggregate aggregate) {
    if (aggregate.keysInOutput() || !analyzer.groupByOrdinal()
        || aggregate.groupings().stream().noneMatch(GroupByPositions::isPosition)) {
      return aggregate;
    }
    List<Expression> selectList = aggregate.aggregates();
    if (selectList.stream().anyMatch(UnresolvedStar.class::isInstance)) {
      throw new EmberException(ErrorKind.ANALYSIS, "STAR_GROUP_BY_POS", "0A000",
          "Star (*) is not allowed in a select list when GROUP BY an ordinal position is used.", Map.of());
    }
    List<Expression> groupings = new ArrayList<>();
    for (Expression grouping : aggregate.groupings()) {
      if (!isPosition(grouping)) {
        groupings.add(grouping);
        continue;
      }
      int index = (Integer) ((Literal) grouping).value();
      if (index < 1 || index > selectList.size()) {
        throw new EmberException(ErrorKind.ANALYSIS, "GROUP_BY_POS_OUT_OF_RANGE", "42805", "GROUP BY position "
            + index + " is not in select list (valid range is [1, " + selectList.size() + "]).",
            Map.of("index", Integer.toString(index), "size", Integer.toString(selectList.size())))
            .withQueryContext(analyzer.origins().of(grouping));
      }
      Expression selected = selectList.get(index - 1);
      groupings.add(GlobalAggregates.containsAggregates(List.of(selected)) ? grouping
          : selected instanceof Alias alias ? alias.child() : selected);
    }
    return new Aggregate(aggregate.input(), aggregate.kind(), groupings, aggregate.groupingSets(), selectList,
        aggregate.keysInOutput());
  }

  private static boolean isPosition(Expression grouping) {
    return grouping instanceof Literal literal && literal.dataType() == AtomicType.INTEGER
        && literal.value() instanceof Integer;
  }
}
