package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.Sample;
import dev.ember.plan.resolved.SampledRows;
import java.util.Map;

/** {@code sample}: Spark's bounds check on the fraction, then rows kept by Ember's own draw. */
final class SampleResolver {
  /** Spark's RandomSampler.roundingEpsilon. */
  private static final double ROUNDING_EPSILON = 1e-6;

  private SampleResolver() {
  }

  static Scope resolve(Scope input, Sample sample) {
    double fraction = sample.upperBound() - sample.lowerBound();
    if (sample.withReplacement()) {
      if (fraction < -ROUNDING_EPSILON) {
        throw requirementFailed("Sampling fraction (" + fraction + ") must be nonnegative with replacement");
      }
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"sample\" of the class \"Ember\": sampling with replacement is not supported yet.",
          Map.of("methodName", "sample", "className", "Ember"));
    }
    if (fraction < -ROUNDING_EPSILON || fraction > 1 + ROUNDING_EPSILON) {
      throw requirementFailed("Sampling fraction (" + fraction + ") must be on interval [0, 1] without replacement");
    }
    Scope visible = input.visible();
    return visible.withSameColumns(
        new SampledRows(visible.plan(), sample.lowerBound(), sample.upperBound(), sample.seed()));
  }

  private static EmberException requirementFailed(String message) {
    return EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT, "requirement failed: " + message);
  }
}
