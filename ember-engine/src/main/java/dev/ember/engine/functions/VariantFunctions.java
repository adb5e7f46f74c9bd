package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.types.variant.Variant;
import org.apache.spark.types.variant.VariantBuilder;
import org.apache.spark.types.variant.VariantUtil;
import org.duckdb.DuckDBColumnType;

/**
 * VARIANT values built and read with Spark's own variant library, so that the bytes are Spark's. A value travels
 * between DuckDB and Java as {@link VariantText} ({@code value} and {@code metadata} as hex text).
 */
final class VariantFunctions {
  /** {@code ember_parse_json(text, failOnError)}: Spark's parse_json (an error) and try_parse_json (NULL). */
  static final JavaFunction PARSE_JSON = JavaFunction.of("ember_parse_json",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : parseJson((String) arguments[0], (Boolean) arguments[1]));
  /**
   * {@code ember_variant_get(variant, path, function)}: the value at a path ({@code $.a[0]}), or NULL where there is
   * none; an invalid path is Spark's INVALID_VARIANT_GET_PATH naming the function.
   */
  static final JavaFunction GET = JavaFunction.of("ember_variant_get",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : get((String) arguments[0], (String) arguments[1], (String) arguments[2]));
  /** {@code ember_variant_to_json(variant)}: the value as JSON (to_json, show). */
  static final JavaFunction TO_JSON = JavaFunction.of("ember_variant_to_json", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null
          : VariantText.decode((String) arguments[0]).toJson(ZoneOffset.UTC));
  /** {@code ember_variant_to_string(variant)}: Spark's cast to string: a string as it is, anything else as JSON. */
  static final JavaFunction TO_STRING = JavaFunction.of("ember_variant_to_string", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null : castToString((String) arguments[0]));
  /** {@code ember_is_variant_null(variant)}: whether the value is a JSON null (not a SQL NULL). */
  static final JavaFunction IS_NULL = JavaFunction.of("ember_is_variant_null", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.BOOLEAN, arguments -> arguments[0] != null
          && VariantText.decode((String) arguments[0]).getType() == VariantUtil.Type.NULL);

  /**
   * {@code ember_variant_entries(variant)}: an array's elements or an object's fields as text, entries separated by
   * U+001E and their position, key ({@code k} and its UTF-8 as hex; empty for an element) and value by U+001F;
   * NULL for a scalar or an empty collection (no rows).
   */
  static final JavaFunction ENTRIES = JavaFunction.of("ember_variant_entries", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null : entries((String) arguments[0]));
  static final String ENTRY_SEPARATOR = "\u001E";
  static final String FIELD_SEPARATOR = "\u001F";

  private VariantFunctions() {
  }

  /** As Spark's VariantExpressionEvalUtils.parseJson, duplicate keys refused (spark.sql.variant.allowDuplicateKeys). */
  static String parseJson(String json, boolean failOnError) {
    try {
      return VariantText.encode(VariantBuilder.parseJson(json, false));
    } catch (Exception e) { // Jackson's and the builder's failures, and VariantSizeLimitException
      if (!failOnError) {
        return null;
      }
      throw new RaisedFailure(RaisedError.MALFORMED_RECORD_IN_PARSING.marker() + RaisedError.payload(json));
    }
  }

  static String get(String encoded, String path, String function) {
    List<Object> steps = VariantPath.parse(path).orElseThrow(() -> new RaisedFailure(
        RaisedError.INVALID_VARIANT_GET_PATH.marker(path, function)));
    Variant found = VariantPath.find(VariantText.decode(encoded), steps);
    return found == null ? null : VariantText.encode(found);
  }

  static String entries(String encoded) {
    Variant variant = VariantText.decode(encoded);
    List<String> entries = new java.util.ArrayList<>();
    if (variant.getType() == VariantUtil.Type.ARRAY) {
      for (int i = 0; i < variant.arraySize(); i++) {
        entries.add(i + FIELD_SEPARATOR + FIELD_SEPARATOR + VariantText.encode(variant.getElementAtIndex(i)));
      }
    } else if (variant.getType() == VariantUtil.Type.OBJECT) {
      java.util.HexFormat hex = java.util.HexFormat.of();
      for (int i = 0; i < variant.objectSize(); i++) {
        Variant.ObjectField field = variant.getFieldAtIndex(i);
        entries.add(i + FIELD_SEPARATOR + "k" + hex.formatHex(field.key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + FIELD_SEPARATOR + VariantText.encode(field.value));
      }
    }
    return entries.isEmpty() ? null : String.join(ENTRY_SEPARATOR, entries);
  }

  static String castToString(String encoded) {
    Variant variant = VariantText.decode(encoded);
    return variant.getType() == VariantUtil.Type.STRING ? variant.getString() : variant.toJson(ZoneOffset.UTC);
  }
}
