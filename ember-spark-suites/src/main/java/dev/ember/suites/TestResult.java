package dev.ember.suites;

/**
 * One test of Spark's own suites on one engine: a line of a results file.
 *
 * @param suite  the suite (a Connect client suite's simple class name, or {@code sql/<file>} for a SQL golden file)
 * @param test   the test's name within the suite (for SQL golden files, the query's number and its first line)
 * @param outcome passed, failed or skipped
 * @param reason a short category shared by many failures (an error condition, "wrong result", ...), empty when passed
 * @param detail the specific failure text, one line, empty when passed
 */
public record TestResult(String suite, String test, Outcome outcome, String reason, String detail) {
  /**
   * How the reason of a test skipped on a Connect server begins when the harness can set it up on an embedded Ember
   * only (the test UDFs Spark's SQLQueryTestSuite registers): Spark's own run of it recorded the expected answer.
   */
  public static final String EMBEDDED_ONLY = "embedded Ember only: ";

  public TestResult {
    suite = oneLine(suite);
    test = oneLine(test);
    reason = oneLine(reason == null ? "" : reason);
    detail = oneLine(detail == null ? "" : detail);
    if (suite.isEmpty() || test.isEmpty()) {
      throw new IllegalArgumentException("a test result needs a suite and a test name");
    }
  }

  /** The name the ratchet keeps: suite and test. */
  public String id() {
    return suite + " :: " + test;
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  /**
   * Whether this result of the reference (Spark Connect) makes the test applicable: it passed there, or the harness
   * could run it on an embedded Ember only ({@link #EMBEDDED_ONLY}), its expected answer being Spark's own.
   */
  public boolean applicableAsReference() {
    return passed() || outcome == Outcome.SKIPPED && reason.startsWith(EMBEDDED_ONLY);
  }

  /** Tabs and line breaks would break the file format; results are one line each. */
  static String oneLine(String text) {
    String flat = text.replaceAll("[\\t\\r\\n]+", " ").strip();
    return flat.length() > 500 ? flat.substring(0, 500) + "..." : flat;
  }
}
