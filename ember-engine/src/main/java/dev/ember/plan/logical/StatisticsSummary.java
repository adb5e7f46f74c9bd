package dev.ember.plan.logical;

import java.util.List;

/**
 * {@code df.describe(cols)} and {@code df.summary(statistics)}: one row per statistic, one string
 * column per numeric or string input column.
 */
public record StatisticsSummary(LogicalPlan input, List<String> statistics, List<String> columns)
    implements LogicalPlan {
  public static final List<String> DESCRIBE = List.of("count", "mean", "stddev", "min", "max");
  public static final List<String> SUMMARY = List.of("count", "mean", "stddev", "min", "25%", "50%", "75%", "max");

  public StatisticsSummary {
    statistics = List.copyOf(statistics);
    columns = List.copyOf(columns);
  }
}
