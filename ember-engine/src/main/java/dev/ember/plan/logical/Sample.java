package dev.ember.plan.logical;

/**
 * {@code sample(withReplacement, fraction, seed)}: keeps each row when its random number falls in
 * {@code [lowerBound, upperBound)}.
 */
public record Sample(LogicalPlan input, double lowerBound, double upperBound, boolean withReplacement, long seed)
    implements LogicalPlan {
}
