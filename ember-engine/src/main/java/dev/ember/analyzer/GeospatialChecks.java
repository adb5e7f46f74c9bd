package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructType;
import java.util.Map;

/** {@code spark.sql.geospatial.enabled=false}: Spark refuses GEOMETRY and GEOGRAPHY values anywhere in a plan. */
final class GeospatialChecks {
  static final String ENABLED = "spark.sql.geospatial.enabled";

  private GeospatialChecks() {
  }

  static void requireEnabled(EngineSession session, StructType schema) {
    if (containsSpatial(schema) && !Boolean.parseBoolean(session.conf().getOrDefault(ENABLED, "true").trim())) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.GEOSPATIAL_DISABLED", "0A000",
          "The feature is not supported: Geospatial feature is disabled.", Map.of());
    }
  }

  private static boolean containsSpatial(DataType type) {
    if (type instanceof SpatialType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return containsSpatial(array.elementType());
    }
    if (type instanceof MapType map) {
      return containsSpatial(map.keyType()) || containsSpatial(map.valueType());
    }
    return type instanceof StructType struct
        && struct.fields().stream().anyMatch(field -> containsSpatial(field.dataType()));
  }
}
