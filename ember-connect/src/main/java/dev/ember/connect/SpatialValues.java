package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;

/**
 * The checks Spark's server makes of the GEOMETRY and GEOGRAPHY values a client sends: a column of one SRID takes
 * values of that SRID only (GEO_ENCODER_SRID_MISMATCH_ERROR), a column of ANY SRID values of a supported one
 * (ST_INVALID_SRID_VALUE; Spark's registries of reference systems ship with the client library).
 */
final class SpatialValues {
  private SpatialValues() {
  }

  static void check(StructType schema, List<List<Object>> rows) {
    for (List<Object> row : rows) {
      check(row, schema);
    }
  }

  private static void check(Object value, DataType type) {
    if (value == null) {
      return;
    }
    if (type instanceof SpatialType spatial) {
      checkSrid(spatial, ((Number) ((List<?>) value).get(0)).intValue());
    } else if (type instanceof StructType struct) {
      List<?> fields = (List<?>) value;
      for (int i = 0; i < fields.size(); i++) {
        check(fields.get(i), struct.fields().get(i).dataType());
      }
    } else if (type instanceof ArrayType array) {
      ((List<?>) value).forEach(element -> check(element, array.elementType()));
    } else if (type instanceof MapType map) {
      ((Map<?, ?>) value).forEach((key, entry) -> {
        check(key, map.keyType());
        check(entry, map.valueType());
      });
    }
  }

  private static void checkSrid(SpatialType type, int srid) {
    String kind = type.geography() ? "GEOGRAPHY" : "GEOMETRY";
    if (!type.mixedSrid() && srid != type.srid()) {
      throw new EmberException(ErrorKind.RUNTIME, "GEO_ENCODER_SRID_MISMATCH_ERROR", "42K09",
          "Failed to encode " + kind + " value because provided SRID " + srid
              + " of a value to encode does not match type SRID: " + type.srid() + ".",
          Map.of("type", kind, "valueSrid", Integer.toString(srid), "typeSrid", Integer.toString(type.srid())));
    }
    boolean supported = type.geography() ? org.apache.spark.sql.types.GeographyType.isSridSupported(srid)
        : org.apache.spark.sql.types.GeometryType.isSridSupported(srid);
    if (!supported) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "ST_INVALID_SRID_VALUE", "22023",
          "Invalid or unsupported SRID (spatial reference identifier) value: " + srid + ".",
          Map.of("srid", Integer.toString(srid)));
    }
  }
}
