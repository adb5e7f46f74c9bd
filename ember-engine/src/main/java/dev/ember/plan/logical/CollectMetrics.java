package dev.ember.plan.logical;

import java.util.List;
import java.util.Objects;

/**
 * {@code df.observe(name, metrics...)}: the input's rows unchanged; the aggregate {@code metrics} over
 * them are reported with the query's result under {@code name} (and the relation's plan id, which the
 * client's {@code Observation} waits for).
 */
public record CollectMetrics(LogicalPlan input, String name, List<dev.ember.plan.expressions.Expression> metrics,
    long planId) implements LogicalPlan {
  public CollectMetrics {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
    metrics = List.copyOf(metrics);
  }
}
