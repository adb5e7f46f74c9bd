package dev.ember.engine.functions;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.apache.spark.sql.catalyst.util.CollationFactory;
import org.apache.spark.unsafe.types.UTF8String;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's collations, from Spark's own collation library ({@code CollationFactory}): a name as Spark normalises it
 * ({@code utf8_lcase} is {@code UTF8_LCASE}, {@code en_ci} is {@code en_CI}), its id, and the Java functions that
 * give DuckDB a string's collation key. A key is the hex text of Spark's key bytes, so two strings are equal under
 * the collation exactly when their keys are equal ({@code ember_collation_key}) and ordered as their sort keys are
 * ({@code ember_collation_sort_key}: hex digits keep the bytes' unsigned order).
 */
public final class SparkCollations {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  static final JavaFunction KEY = JavaFunction.of("ember_collation_key",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : HEX.formatHex(CollationFactory.getCollationKeyBytes(
          UTF8String.fromString((String) arguments[0]), (Integer) arguments[1])));
  static final JavaFunction SORT_KEY = JavaFunction.of("ember_collation_sort_key",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : HEX.formatHex(CollationFactory.fetchCollation((Integer) arguments[1])
          .sortKeyFunction.apply(UTF8String.fromString((String) arguments[0]))));

  private SparkCollations() {
  }

  /** The id of a collation name, or Spark's COLLATION_INVALID_NAME. */
  public static int id(String name) {
    try {
      return CollationFactory.collationNameToId(name);
    } catch (SparkException e) {
      throw invalidName(e);
    }
  }

  /** Spark's name of a collation written {@code name} ({@code unicode_ci} is {@code UNICODE_CI}). */
  public static String normalized(String name) {
    return CollationFactory.fetchCollation(id(name)).collationName;
  }

  /** Whether strings equal under the collation are equal byte for byte (UTF8_BINARY). */
  public static boolean binaryEquality(String name) {
    return CollationFactory.fetchCollation(id(name)).supportsBinaryEquality;
  }

  /** Whether the collation ignores accents ({@code UNICODE_AI}, {@code en_CI_AI}). */
  public static boolean accentInsensitive(int id) {
    return CollationFactory.isAccentInsensitive(id);
  }

  /** Spark's fully qualified name of a collation: {@code SYSTEM.BUILTIN.UTF8_LCASE}. */
  public static String qualified(String name) {
    return CollationFactory.fullyQualifiedName(id(name));
  }

  /**
   * Spark's collations, one row each as its {@code collations()} lists them: catalog, schema, name, language, country,
   * accent sensitivity, case sensitivity, pad attribute, ICU version.
   */
  public static List<List<Object>> listing() {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (CollationFactory.CollationIdentifier identifier : CollationFactory.listCollations()) {
      CollationFactory.CollationMeta meta = CollationFactory.loadCollationMeta(identifier);
      rows.add(java.util.Arrays.asList(meta.catalog(), meta.schema(), meta.collationName(), meta.language(),
          meta.country(), meta.accentSensitivity() ? "ACCENT_SENSITIVE" : "ACCENT_INSENSITIVE",
          meta.caseSensitivity() ? "CASE_SENSITIVE" : "CASE_INSENSITIVE", meta.padAttribute(), meta.icuVersion()));
    }
    return rows;
  }

  private static EmberException invalidName(SparkException e) {
    Map<String, String> parameters = e.getMessageParameters();
    String message = e.getMessage().replaceFirst("^\\[[A-Z_.]+\\] ", "").replaceFirst(" SQLSTATE: \\w+$", "");
    // Spark's collation library raises it as a SparkException, and so does Spark
    return new EmberException(ErrorKind.SPARK, e.getCondition(), e.getSqlState(), message, parameters);
  }
}
