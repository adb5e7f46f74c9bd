package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructType;
import java.util.Map;

/** {@code spark.sql.geospatial.enabled=false}: Spark refuses GEOMETRY and GEOGRAPHY values anywhere in a plan. */
final class GeospatialChecks {
  static final String ENABLED = "spark.sql.geospatial.enabled";

  private GeospatialChecks() {
  }

  static void requireEnabled(EngineSession session, StructType schema) {
    if (SpatialType.contains(schema)) {
      requireEnabled(session);
    }
  }

  /** Spark's check of the ST functions, whatever their result type. */
  static void requireEnabled(EngineSession session) {
    if (!Boolean.parseBoolean(session.conf().getOrDefault(ENABLED, "true").trim())) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.GEOSPATIAL_DISABLED", "0A000",
          "The feature is not supported: Geospatial feature is disabled.", Map.of());
    }
  }
}
