package dev.ember.conformance;

import org.apache.spark.sql.SparkSession;

/** The Spark code of one conformance case; it records what it observes into the outcome. */
@FunctionalInterface
public interface CaseBody {
  void run(SparkSession spark, Outcome outcome) throws Exception;
}
