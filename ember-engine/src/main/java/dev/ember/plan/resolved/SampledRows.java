package dev.ember.plan.resolved;

import java.util.List;

/**
 * {@code sample(fraction, seed)} without replacement: each row draws a number in [0, 1) from the
 * seed and its position, and is kept when it falls in {@code [lowerBound, upperBound)}. The draw is
 * Ember's own, not Spark's RNG: only the fractions 0 and 1 give Spark's rows.
 */
public record SampledRows(ResolvedPlan input, double lowerBound, double upperBound, long seed)
    implements ResolvedPlan {
  @Override
  public List<Attribute> output() {
    return input.output();
  }
}
