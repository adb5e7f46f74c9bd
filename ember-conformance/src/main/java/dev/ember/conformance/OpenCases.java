package dev.ember.conformance;

import java.util.Map;

/**
 * Spark-generated cases Ember does not pass yet, each with what it lacks ({@code open-cases.txt}, lines
 * {@code group/case: reason}). Unlike a known difference, an open case is work to do: the conformance tests check that
 * it still differs, so a case that starts passing fails the run until its line is removed — the list only shrinks.
 */
public final class OpenCases {
  private OpenCases() {
  }

  public static Map<String, String> load() {
    return CaseReasons.load("open-cases.txt");
  }
}
