package dev.ember.conformance;

import dev.ember.Ember;
import org.apache.spark.sql.SparkSession;

/** The conformance suite through the in-process channel: {@code Ember.session()}. */
class EmbeddedConformanceTest extends ConformanceTest {
  @Override
  SparkSession session() {
    return Ember.session();
  }
}
