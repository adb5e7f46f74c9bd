package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
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
import dev.ember.plan.types.DecimalType;
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

  /**
   * One statistic of one column, as a string. Spark computes the numeric statistics (mean, stddev,
   * percentiles) of a string column over its values read as doubles (NULL where one is not a number),
   * and a decimal's mean with decimal arithmetic.
   */
  private static BoundExpression statistic(String statistic, Attribute column) {
    BoundExpression value = new ColumnReference(column);
    BoundExpression number = column.dataType() == AtomicType.STRING
        ? new BoundCast(value, AtomicType.DOUBLE, true) : value;
    BoundExpression asDouble = TypeCoercion.castTo(number, AtomicType.DOUBLE);
    BoundExpression result = switch (statistic) {
      case "count" -> new Call("count", List.of(value), AtomicType.LONG, false);
      case "count_distinct" -> new Call("count_distinct", List.of(value), AtomicType.LONG, false);
      case "approx_count_distinct" -> new Call("approx_count_distinct", List.of(value), AtomicType.LONG, false);
      case "mean" -> number.dataType() instanceof DecimalType
          ? new Call("avg", List.of(number), AggregateFunctions.averageType(number.dataType()), true)
          : new Call("avg", List.of(asDouble), AtomicType.DOUBLE, true);
      case "stddev" -> MomentFunctions.statistic("stddev_samp", List.of(asDouble));
      case "min" -> new Call("min", List.of(value), column.dataType(), true);
      case "max" -> new Call("max", List.of(value), column.dataType(), true);
      // Spark turns a decimal percentile back from a double, keeping the double's digits (2.0, not 2.00)
      default -> number.dataType() instanceof DecimalType
          ? TypeCoercion.castTo(percentile(statistic, number), AtomicType.DOUBLE) : percentile(statistic, number);
    };
    return new BoundCast(result, AtomicType.STRING, false);
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
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "UNRECOGNIZED_STATISTIC", "42704",
        "The statistic '" + statistic + "' is not recognized. Valid statistics include `count`, `count_distinct`, "
            + "`approx_count_distinct`, `mean`, `stddev`, `min`, `max`, and percentile values. Percentile must be "
            + "a numeric value followed by '%', within the range 0% to 100%.",
        Map.of("stats", "'" + statistic + "'"));
  }
}
