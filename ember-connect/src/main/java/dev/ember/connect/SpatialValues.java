package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructType;
import dev.ember.engine.functions.WkbValues;
import dev.ember.plan.errors.SpatialErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.catalyst.util.geo.WkbParseException;
import java.util.Map;

/**
 * What Spark's server does with the GEOMETRY and GEOGRAPHY values a client sends: a column of one SRID takes values
 * of that SRID only (GEO_ENCODER_SRID_MISMATCH_ERROR), a column of ANY SRID values of a supported one
 * (ST_INVALID_SRID_VALUE, checked against Spark's registry as the engine's ST functions check it), and each WKB is
 * read by Spark's reader (WKB_PARSE_ERROR) and held little-endian, as Spark hands it back.
 */
final class SpatialValues {
  private SpatialValues() {
  }

  /** The rows with their spatial values checked and their WKB little-endian; the rows themselves if none has one. */
  static List<List<Object>> checked(StructType schema, List<List<Object>> rows) {
    if (!SpatialType.contains(schema)) {
      return rows;
    }
    List<List<Object>> checked = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      @SuppressWarnings("unchecked")
      List<Object> values = (List<Object>) checked(row, schema);
      checked.add(values);
    }
    return checked;
  }

  private static Object checked(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type instanceof SpatialType spatial) {
      List<?> parts = (List<?>) value;
      int srid = ((Number) parts.get(0)).intValue();
      checkSrid(spatial, srid);
      return Arrays.asList(parts.get(0), normalized((byte[]) parts.get(1), spatial.geography()));
    }
    if (type instanceof StructType struct) {
      List<?> fields = (List<?>) value;
      List<Object> checked = new ArrayList<>(fields.size());
      for (int i = 0; i < fields.size(); i++) {
        checked.add(checked(fields.get(i), struct.fields().get(i).dataType()));
      }
      return checked;
    }
    if (type instanceof ArrayType array) {
      List<Object> checked = new ArrayList<>();
      ((List<?>) value).forEach(element -> checked.add(checked(element, array.elementType())));
      return checked;
    }
    if (type instanceof MapType map) {
      Map<Object, Object> checked = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, entry) -> checked.put(checked(key, map.keyType()),
          checked(entry, map.valueType())));
      return checked;
    }
    return value;
  }

  private static byte[] normalized(byte[] wkb, boolean geography) {
    try {
      return WkbValues.normalized(wkb, geography);
    } catch (WkbParseException e) {
      throw SpatialErrors.wkbParseError(e.getParseError(), Long.toString(e.getPosition()));
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
    if (!dev.ember.plan.types.SpatialReferenceSystems.supported(type.geography(), srid)) {
      throw SpatialErrors.invalidSrid(Integer.toString(srid));
    }
  }
}
