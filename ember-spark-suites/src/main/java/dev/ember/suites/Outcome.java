package dev.ember.suites;

/** What became of one test of Spark's own suites on one engine. */
public enum Outcome {
  PASSED,
  FAILED,
  /** Not run: ignored by the suite itself, or a suite not applicable to a Connect server (the reason says which). */
  SKIPPED
}
