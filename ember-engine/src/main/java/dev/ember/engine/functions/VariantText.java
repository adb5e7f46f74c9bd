package dev.ember.engine.functions;

import java.util.HexFormat;
import org.apache.spark.types.variant.Variant;

/**
 * A VARIANT as the Java functions receive and return it: {@code value} and {@code metadata} as hex text joined by
 * a colon (the generated SQL writes {@code hex(v.value) || ':' || hex(v.metadata)} and reads it back with
 * {@code unhex}); DuckDB's Java functions exchange text, not blobs.
 */
public final class VariantText {
  public static final String SEPARATOR = ":";
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private VariantText() {
  }

  static String encode(Variant variant) {
    // getValue copies a value found inside another out of the whole, as Spark's VariantVal holds it
    return HEX.formatHex(variant.getValue()) + SEPARATOR + HEX.formatHex(variant.getMetadata());
  }

  static Variant decode(String text) {
    int separator = text.indexOf(SEPARATOR);
    return new Variant(HEX.parseHex(text, 0, separator), HEX.parseHex(text, separator + 1, text.length()));
  }
}
