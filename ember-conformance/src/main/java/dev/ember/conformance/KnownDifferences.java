package dev.ember.conformance;

import java.util.Map;

/**
 * The reviewed list of cases where Ember deliberately differs from Spark, each with its reason
 * ({@code known-differences.txt}: one {@code group/case: reason} per line, {@code #} comments).
 */
public final class KnownDifferences {
  private KnownDifferences() {
  }

  public static Map<String, String> load() {
    return CaseReasons.load("known-differences.txt");
  }
}
