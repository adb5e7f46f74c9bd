package dev.ember.engine.functions;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.types.variant.VariantBuilder;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_to_variant(text, kind)}: Spark's cast of an atomic value to VARIANT (VariantExpressionEvalUtils), with
 * Spark's variant library, so that the bytes are Spark's. The generated SQL hands the value as text — integers,
 * floats and doubles in their shortest exact form, decimals with their scale, binary as hex, dates as days and
 * timestamps as microseconds since the epoch — tagged with the source type's kind.
 */
final class VariantBuilding {
  static final JavaFunction TO_VARIANT = JavaFunction.of("ember_to_variant",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : toVariant((String) arguments[0], (String) arguments[1]));

  private VariantBuilding() {
  }

  static String toVariant(String text, String kind) {
    VariantBuilder builder = new VariantBuilder(false);
    switch (kind) {
      case "boolean" -> builder.appendBoolean(Boolean.parseBoolean(text));
      case "long" -> builder.appendLong(Long.parseLong(text));
      case "float" -> builder.appendFloat(Float.parseFloat(text));
      case "double" -> builder.appendDouble(Double.parseDouble(text));
      case "decimal" -> builder.appendDecimal(new BigDecimal(text));
      case "string" -> builder.appendString(text);
      case "binary" -> builder.appendBinary(HexFormat.of().parseHex(text));
      case "date" -> builder.appendDate(Integer.parseInt(text));
      case "timestamp" -> builder.appendTimestamp(Long.parseLong(text));
      case "timestamp_ntz" -> builder.appendTimestampNtz(Long.parseLong(text));
      default -> throw new IllegalArgumentException("no cast to VARIANT from " + kind);
    }
    return VariantText.encode(builder.result());
  }
}
