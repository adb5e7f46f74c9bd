package dev.ember.conformance;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Runs a case and returns its observations; a failure becomes an {@code error} section. */
public final class CaseRunner {
  private CaseRunner() {
  }

  public static Map<String, String> run(SparkSession spark, ConformanceCase conformanceCase) {
    Outcome outcome = new Outcome();
    try {
      conformanceCase.body().run(spark, outcome);
    } catch (Exception | Error failure) {
      if (failure instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      outcome.record("error", ErrorDescription.describe(failure));
    }
    return outcome.sections();
  }
}
