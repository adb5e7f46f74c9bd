package dev.ember.engine.functions;

import java.nio.ByteOrder;
import org.apache.spark.sql.catalyst.util.geo.WkbParseException;
import org.apache.spark.sql.catalyst.util.geo.WkbReader;
import org.apache.spark.sql.catalyst.util.geo.WkbWriter;

/**
 * A GEOMETRY's or GEOGRAPHY's WKB as Spark holds it: read by Spark's own reader (which refuses what Spark refuses, a
 * GEOGRAPHY's coordinates off the globe included) and written again little-endian ('NDR'), the bytes Spark hands
 * back for a value whatever order it was made from.
 */
public final class WkbValues {
  private WkbValues() {
  }

  /** The WKB in little-endian order; Spark's {@link WkbParseException} if it does not read. */
  public static byte[] normalized(byte[] wkb, boolean geography) {
    return written(wkb, geography, ByteOrder.LITTLE_ENDIAN);
  }

  static byte[] written(byte[] wkb, boolean geography, ByteOrder order) throws WkbParseException {
    // the SRID only labels the model (read(byte[]) would load Spark's Geometry class for its default)
    return new WkbWriter().write(new WkbReader(geography).read(wkb, 0), order);
  }
}
