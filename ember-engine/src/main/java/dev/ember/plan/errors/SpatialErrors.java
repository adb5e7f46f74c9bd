package dev.ember.plan.errors;

import java.util.Map;

/** Spark's errors about GEOMETRY and GEOGRAPHY values: an unknown SRID, a malformed WKB, an unknown byte order. */
public final class SpatialErrors {
  private SpatialErrors() {
  }

  public static EmberException invalidSrid(String srid) {
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "ST_INVALID_SRID_VALUE", "22023",
        "Invalid or unsupported SRID (spatial reference identifier) value: " + srid + ".", Map.of("srid", srid));
  }

  public static EmberException wkbParseError(String parseError, String position) {
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "WKB_PARSE_ERROR", "22023",
        "Error parsing WKB: " + parseError + " at position " + position,
        Map.of("parseError", parseError, "pos", position));
  }

  public static EmberException invalidEndianness(String endianness) {
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "ST_INVALID_ENDIANNESS_VALUE", "22023",
        "Endianness '" + endianness + "' must be either 'NDR' (little-endian) or 'XDR' (big-endian).",
        Map.of("endianness", endianness));
  }
}
