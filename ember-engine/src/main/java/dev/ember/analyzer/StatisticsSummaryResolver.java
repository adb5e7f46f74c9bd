package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.StatisticsSummary;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code describe}/{@code summary}: one aggregation per statistic (each value as a string, as
 * Spark prints it), stacked with UNION ALL. Only numeric and string columns take part.
 */
final class StatisticsSummaryResolver {
  private StatisticsSummaryResolver() {
  }

  static Scope resolve(Analyzer analyzer, StatisticsSummary summary) {
    Scope input = analyzer.resolve(summary.input());
    List<Attribute> columns = columns(analyzer, input, summary.columns());
    ResolvedPlan stacked = null;
    for (String statistic : summary.statistics()) {
      List<NamedExpression> values = new ArrayList<>();
      values.add(new NamedExpression(Literal.of(statistic), analyzer.newAttribute("summary", AtomicType.STRING, true)));
      for (Attribute column : columns) {
        values.add(new NamedExpression(statistic(statistic, column),
            analyzer.newAttribute(column.name(), AtomicType.STRING, true)));
      }
      Aggregation row = new Aggregation(input.plan(), List.of(), values);
      stacked = stacked == null ? row : new CombinedRows(stacked, row, SetOperationType.UNION, true);
    }
    return Scope.of(stacked);
  }

  private static List<Attribute> columns(Analyzer analyzer, Scope input, List<String> names) {
    if (names.isEmpty()) {
      return input.output().stream()
          .filter(column -> column.dataType().isNumeric() || column.dataType() == AtomicType.STRING).toList();
    }
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<Attribute> columns = new ArrayList<>();
    for (String name : names) {
      if (resolver.resolve(UnresolvedAttribute.of(name)).expression() instanceof ColumnReference reference) {
        columns.add(reference.attribute());
      }
    }
    return columns;
  }

  private static BoundExpression statistic(String statistic, Attribute column) {
    BoundExpression value = new ColumnReference(column);
    boolean numeric = column.dataType().isNumeric();
    BoundExpression asDouble = TypeCoercion.castTo(value, AtomicType.DOUBLE);
    BoundExpression result;
    switch (statistic) {
      case "count":
        result = new Call("count", List.of(value), AtomicType.LONG, false);
        break;
      case "mean":
        result = numeric ? new Call("avg", List.of(asDouble), AtomicType.DOUBLE, true) : null;
        break;
      case "stddev":
        result = numeric ? new Call("stddev_samp", List.of(asDouble), AtomicType.DOUBLE, true) : null;
        break;
      case "min":
        result = new Call("min", List.of(value), column.dataType(), true);
        break;
      case "max":
        result = new Call("max", List.of(value), column.dataType(), true);
        break;
      default:
        result = numeric ? percentile(statistic, value) : null;
    }
    return result == null ? Literal.nullOf(AtomicType.STRING) : new BoundCast(result, AtomicType.STRING, false);
  }

  private static BoundExpression percentile(String statistic, BoundExpression value) {
    if (!statistic.endsWith("%")) {
      throw invalidStatistic(statistic);
    }
    double fraction;
    try {
      fraction = Double.parseDouble(statistic.substring(0, statistic.length() - 1)) / 100.0;
    } catch (NumberFormatException e) {
      throw invalidStatistic(statistic);
    }
    return new Call("percentile_approx", List.of(value, new Literal(fraction, AtomicType.DOUBLE)), value.dataType(), true);
  }

  private static RuntimeException invalidStatistic(String statistic) {
    return SparkErrors.unsupported("_LEGACY_ERROR_TEMP_2114", null, statistic + " is not a recognised statistic.",
        Map.of("stats", statistic));
  }
}
