package dev.ember.conformance.cases;

import dev.ember.conformance.CaseGroup;

/**
 * Edges of casts and binary inputs: doubles beyond FLOAT's range, text beyond it, elt, concat and reverse over
 * binaries, the UTF-8 validation functions over bytes that are no UTF-8.
 */
public final class CastAndBinaryEdgeCases extends CaseGroup {
  public CastAndBinaryEdgeCases() {
    super("cast_binary_edges", true);
    query("double_beyond_float", spark -> spark.sql("SELECT CAST(1e300D AS FLOAT) AS a, CAST(-1e300D AS FLOAT) AS b, "
        + "CAST(3.4028235e38D AS FLOAT) AS c, CAST(3.40282357e38D AS FLOAT) AS d, CAST(-3.40282357e38D AS FLOAT) AS e, "
        + "CAST(1e-50D AS FLOAT) AS f"));
    query("double_column_beyond_float", spark -> spark.sql("SELECT CAST(x AS FLOAT) AS f FROM VALUES (1e300D), "
        + "(-1e300D), (1.5D), (CAST('NaN' AS DOUBLE)), (NULL) AS t(x)"));
    query("text_beyond_float", spark -> spark.sql("SELECT CAST('1e300' AS FLOAT) AS a, CAST('-1e39' AS FLOAT) AS b"));
    query("try_cast_double_beyond_float", spark -> spark.sql("SELECT TRY_CAST(1e300D AS FLOAT) AS a"));
    query("elt_of_binaries", spark -> spark.sql("SELECT elt(2, x'01', x'0203') AS e, typeof(elt(1, x'01', x'02')) AS t"));
    query("elt_of_binary_and_string", spark -> spark.sql("SELECT elt(1, x'4142', 'c') AS e"));
    query("concat_of_binaries", spark -> spark.sql("SELECT concat(x'0102', x'03') AS c, typeof(concat(x'01', x'02')) "
        + "AS t, x'CAFE' || x'BABE' || x'00' AS o, concat(x'01', CAST(NULL AS BINARY)) AS n, concat(x'61', 'b') AS s"));
    query("reverse_of_binaries", spark -> spark.sql("SELECT reverse(x'CAFE01') AS r, typeof(reverse(x'01')) AS t, "
        + "reverse(x'') AS e, reverse(CAST(NULL AS BINARY)) AS n"));
    query("validate_utf8_of_bad_bytes", spark -> spark.sql("SELECT validate_utf8(x'61ff') AS v"));
    query("try_validate_utf8_of_bad_bytes", spark -> spark.sql("SELECT try_validate_utf8(x'61ff') AS v"));
    query("is_valid_utf8_of_bad_bytes", spark -> spark.sql("SELECT is_valid_utf8(x'61ff') AS v, "
        + "is_valid_utf8(x'61') AS w"));
    query("make_valid_utf8_of_bad_bytes", spark -> spark.sql("SELECT make_valid_utf8(x'61ff62') AS v"));
  }
}
