package dev.ember.analyzer;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.WindowCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Window functions over aggregated rows ({@code rank() OVER (ORDER BY sum(x) / sum(y))} with a GROUP BY), as Spark's
 * analyzer places them (ExtractWindowExpressions): the aggregation computes its other columns and every aggregate
 * or key the windows read, and a projection above it computes the windows over those columns — so a window key is
 * computed from columns, as the generated SQL needs it to be. A draw of the aggregated rows ({@code rand(0)}
 * outside an aggregate function) is placed the same way: Spark evaluates it once per output row.
 */
final class WindowsOverAggregates {
  private final Analyzer analyzer;
  private final List<BoundExpression> groupings;
  private final Map<BoundExpression, Attribute> lifted = new LinkedHashMap<>();

  private WindowsOverAggregates(Analyzer analyzer, List<BoundExpression> groupings) {
    this.analyzer = analyzer;
    this.groupings = groupings;
  }

  static Scope split(Analyzer analyzer, Scope aggregated) {
    if (!(aggregated.plan() instanceof Aggregation aggregation) || aggregation.columns().stream()
        .noneMatch(column -> overAggregatedRows(column.expression()))) {
      return aggregated;
    }
    WindowsOverAggregates split = new WindowsOverAggregates(analyzer, aggregation.groupings());
    List<NamedExpression> innerColumns = new ArrayList<>();
    List<NamedExpression> outerColumns = new ArrayList<>();
    for (NamedExpression column : aggregation.columns()) {
      if (overAggregatedRows(column.expression())) {
        outerColumns.add(new NamedExpression(split.overColumns(column.expression()), column.attribute()));
      } else {
        innerColumns.add(column);
        outerColumns.add(ProjectResolver.passThrough(column.attribute()));
      }
    }
    split.lifted.forEach((expression, attribute) -> innerColumns.add(new NamedExpression(expression, attribute)));
    Aggregation inner = new Aggregation(aggregation.input(), aggregation.kind(), aggregation.groupings(), innerColumns);
    return aggregated.withPlan(new Projection(inner, outerColumns));
  }

  /** Whether the expression computes over the aggregated rows: a window function, or a draw outside aggregates. */
  private static boolean overAggregatedRows(BoundExpression expression) {
    return BoundExpressions.anyMatch(expression, WindowCall.class::isInstance) || drawsOutsideAggregates(expression);
  }

  private static boolean drawsOutsideAggregates(BoundExpression expression) {
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      return false;
    }
    if (expression instanceof Call call && dev.ember.plan.resolved.RowPositionCalls.NAMES.contains(call.function())) {
      return true;
    }
    return BoundExpressions.children(expression).stream().anyMatch(WindowsOverAggregates::drawsOutsideAggregates);
  }

  /** The expression with each aggregate and key it reads outside a window function replaced by a column. */
  private BoundExpression overColumns(BoundExpression expression) {
    return BoundExpressions.replace(expression, part -> {
      if (part instanceof WindowCall window) {
        // the window function itself stays; its arguments and keys are read from the aggregated rows
        List<BoundExpression> arguments = window.function().arguments().stream().map(this::overColumns).toList();
        Call function = new Call(window.function().function(), arguments, window.function().dataType(),
            window.function().nullable());
        List<BoundExpression> children = new ArrayList<>();
        children.add(function);
        BoundExpressions.children(window).stream().skip(1).map(this::overColumns).forEach(children::add);
        return Optional.of(BoundExpressions.withChildren(window, children));
      }
      if (part instanceof ColumnReference || groupings.contains(part)
          || part instanceof Call call && (AggregateFunctions.isAggregate(call.function())
              || call.function().startsWith("grouping"))) {
        return Optional.of(new ColumnReference(lifted.computeIfAbsent(part,
            computed -> analyzer.newAttribute("window_input", computed.dataType(), computed.nullable()))));
      }
      return Optional.empty();
    });
  }
}
