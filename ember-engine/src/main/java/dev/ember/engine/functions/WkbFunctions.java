package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.types.SpatialReferenceSystems;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.catalyst.util.geo.WkbParseException;
import org.duckdb.DuckDBColumnType;

/**
 * GEOMETRY and GEOGRAPHY values (their WKB as hex) read, checked and written by Spark's own WKB reader and writer
 * ({@link WkbValues}), so that what Spark refuses (WKB_PARSE_ERROR with Spark's message and position, coordinates off
 * the globe for a GEOGRAPHY) and the bytes it writes are Spark's:
 * <ul>
 *   <li>{@code ember_st_normalize_wkb(hex, geography, orNull)}: the WKB little-endian once it reads (ST_GeomFromWKB,
 *       ST_GeogFromWKB, a GEOMETRY cast to a GEOGRAPHY);</li>
 *   <li>{@code ember_st_write_wkb(hex, geography, endianness)}: the WKB written in the byte order 'NDR' or 'XDR'
 *       (ST_AsBinary; any other is ST_INVALID_ENDIANNESS_VALUE);</li>
 *   <li>{@code ember_st_check_srid(srid, geography, orNull)}: the SRID if Spark supports it for the type, else
 *       ST_INVALID_SRID_VALUE.</li>
 * </ul>
 * With {@code orNull} (TRY_CAST) a refusal is NULL instead.
 */
final class WkbFunctions {
  static final JavaFunction NORMALIZE_WKB = JavaFunction.of("ember_st_normalize_wkb",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null
          : normalized((String) arguments[0], (Boolean) arguments[1], (Boolean) arguments[2]));
  static final JavaFunction WRITE_WKB = JavaFunction.of("ember_st_write_wkb",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[2] == null ? null
          : written((String) arguments[0], (Boolean) arguments[1], (String) arguments[2]));
  static final JavaFunction CHECK_SRID = JavaFunction.of("ember_st_check_srid",
      List.of(DuckDBColumnType.INTEGER, DuckDBColumnType.BOOLEAN, DuckDBColumnType.BOOLEAN), DuckDBColumnType.INTEGER,
      arguments -> arguments[0] == null ? null
          : checkedSrid((Integer) arguments[0], (Boolean) arguments[1], (Boolean) arguments[2]));

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private WkbFunctions() {
  }

  private static String normalized(String hex, boolean geography, boolean orNull) {
    try {
      return HEX.formatHex(WkbValues.normalized(HEX.parseHex(hex), geography));
    } catch (WkbParseException e) {
      if (orNull) {
        return null;
      }
      throw parseError(e);
    }
  }

  private static String written(String hex, boolean geography, String endianness) {
    ByteOrder order = switch (endianness.toUpperCase(Locale.ROOT)) {
      case "NDR" -> ByteOrder.LITTLE_ENDIAN;
      case "XDR" -> ByteOrder.BIG_ENDIAN;
      default -> throw new RaisedFailure(RaisedError.ST_INVALID_ENDIANNESS_VALUE.marker(endianness));
    };
    try {
      return HEX.formatHex(WkbValues.written(HEX.parseHex(hex), geography, order));
    } catch (WkbParseException e) {
      throw parseError(e);
    }
  }

  private static RaisedFailure parseError(WkbParseException e) {
    return new RaisedFailure(RaisedError.WKB_PARSE_ERROR.marker(e.getParseError(), Long.toString(e.getPosition())));
  }

  private static Integer checkedSrid(int srid, boolean geography, boolean orNull) {
    if (SpatialReferenceSystems.supported(geography, srid)) {
      return srid;
    }
    if (orNull) {
      return null;
    }
    throw new RaisedFailure(RaisedError.ST_INVALID_SRID_VALUE.marker(Integer.toString(srid)));
  }
}
