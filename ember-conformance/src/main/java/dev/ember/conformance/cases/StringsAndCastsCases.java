package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.btrim;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.contains;
import static org.apache.spark.sql.functions.endswith;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.is_valid_utf8;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.rpad;
import static org.apache.spark.sql.functions.startswith;
import static org.apache.spark.sql.functions.try_validate_utf8;
import static org.apache.spark.sql.functions.unhex;
import static org.apache.spark.sql.functions.upper;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Binaries where Spark takes strings: the implicit cast of a binary to a string, startswith/endswith/contains
 * comparing bytes, lpad/rpad padding bytes and the UTF-8 checks reading a binary's own bytes.
 */
public final class StringsAndCastsCases extends CaseGroup {
  public StringsAndCastsCases() {
    super("strings_and_casts");
    bytePredicates();
    bytePads();
    implicitCasts();
    utf8Checks();
  }

  /** Hex texts as binaries: b holds the bytes, p a pattern (some NULL, some empty, some not UTF-8). */
  private static Dataset<Row> bytes(SparkSession spark) {
    return spark.sql("SELECT unhex(b) AS b, unhex(p) AS p, id FROM VALUES ('537061726B2053514C', '537061726B', 1),"
        + " ('537061726B2053514C', '53514C', 2), ('', '', 3), ('1234', '23', 4), ('80FF41', 'FF41', 5),"
        + " (NULL, '41', 6), ('414243', NULL, 7), ('12345678', '3456', 8) AS t(b, p, id)");
  }

  private void bytePredicates() {
    query("binary_contains", spark -> bytes(spark).orderBy("id").select(col("id"),
        contains(col("b"), col("p"))));
    query("binary_startswith", spark -> bytes(spark).orderBy("id").select(col("id"),
        startswith(col("b"), col("p"))));
    query("binary_endswith", spark -> bytes(spark).orderBy("id").select(col("id"), endswith(col("b"), col("p"))));
    query("binary_contains_misaligned", spark -> spark.range(1).select(contains(unhex(lit("1234")), unhex(lit("23"))),
        contains(unhex(lit("0123")), unhex(lit("12"))), contains(unhex(lit("ABCDEF")), unhex(lit("CDEF")))));
    query("sql_binary_predicates", spark -> spark.sql("SELECT contains(x'537061726b2053514c', x'537061726b'),"
        + " startswith(x'537061726b2053514c', x''), endswith(x'537061726b2053514c', x'53516c'),"
        + " contains(x'', x''), endswith(x'', x'')"));
    query("sql_binary_predicates_null", spark -> spark.sql("SELECT contains(x'5370', null),"
        + " startswith(x'5370', null), endswith(null, x'70')"));
    query("sql_binary_and_string_predicates", spark -> spark.sql("SELECT contains(x'12', 12),"
        + " contains(x'537061726b', 'park'), startswith(x'537061726b', 'Sp'), endswith('Spark', x'726b')"));
    query("sql_binary_predicates_columns", spark -> {
      bytes(spark).createOrReplaceTempView("strings_and_casts_bytes");
      return spark.sql("SELECT id, contains(b, p), startswith(b, p), endswith(b, p) FROM strings_and_casts_bytes"
          + " ORDER BY id");
    });
  }

  private void bytePads() {
    query("binary_lpad_default", spark -> bytes(spark).orderBy("id").select(col("id"),
        hex(expr("lpad(b, 5)")), hex(expr("lpad(b, 2)"))));
    query("binary_rpad_default", spark -> bytes(spark).orderBy("id").select(col("id"),
        hex(expr("rpad(b, 5)")), hex(expr("rpad(b, 0)"))));
    query("binary_lpad_bytes", spark -> bytes(spark).orderBy("id").select(col("id"),
        hex(lpad(col("b"), 7, new byte[] {0x1f, 0x2e})), hex(expr("lpad(b, 6, p)"))));
    query("binary_rpad_bytes", spark -> bytes(spark).orderBy("id").select(col("id"),
        hex(rpad(col("b"), 7, new byte[] {0x1f, 0x2e})), hex(expr("rpad(b, 6, p)"))));
    // a negative length: Spark's BinaryPad fails with a NegativeArraySizeException, no case for it
    query("binary_pad_zero_length", spark -> spark.range(1).select(hex(expr("lpad(x'aabb', 0)")),
        hex(expr("rpad(x'aabb', 0, x'01')")), hex(expr("lpad(x'aabb', 1, x'01')"))));
    query("binary_pad_with_string", spark -> spark.range(1).select(expr("lpad(x'41', 3, 'z')"),
        expr("rpad(x'4142', 4, 'xy')"), expr("lpad('a', 3, x'42')")));
    query("sql_binary_pads", spark -> spark.sql("SELECT hex(lpad(unhex('aa'), 5, unhex('1f'))),"
        + " hex(rpad(unhex('aa'), 6, unhex('1f2e'))), hex(lpad(unhex('aabbcc'), 2, unhex('ff'))),"
        + " hex(rpad(unhex('aabbcc'), 6, unhex(''))), hex(lpad(unhex(''), 5))"));
    query("sql_binary_pad_names", spark -> spark.sql("SELECT lpad(x'aa', 3), rpad(x'aa', 3), lpad(x'aa', 3, x'bb'),"
        + " rpad('a', 3), lpad(x'41', 3, 'z')"));
    query("sql_binary_pad_null", spark -> spark.sql("SELECT lpad(x'aa', null), rpad(cast(null as binary), 3),"
        + " lpad(x'aa', 3, cast(null as binary))"));
  }

  private void implicitCasts() {
    query("binary_btrim", spark -> spark.range(1).select(btrim(expr("encode(' xyz ', 'utf-8')")),
        btrim(expr("encode('yxTomxx', 'utf-8')"), expr("encode('xyz', 'utf-8')"))));
    query("binary_as_string_input", spark -> bytes(spark).orderBy("id").select(col("id"), upper(col("p")),
        expr("length(concat(p, 'x'))"), expr("replace(p, 'S', 's')")));
    query("sql_binary_btrim", spark -> spark.sql("SELECT btrim(encode('xxxbarxxx', 'utf-8'), encode('x', 'utf-8')),"
        + " ltrim(x'2020616263'), rtrim(x'6162632020')"));
    query("sql_binary_string_functions", spark -> spark.sql("SELECT upper(x'737061726b'), initcap(x'6869'),"
        + " substring_index(x'612e622e63', '.', 2), locate('b', x'616263'), instr(x'616263', 'c')"));
    query("sql_binary_like", spark -> spark.sql("SELECT x'537061726b' LIKE 'Sp%', x'537061726b' RLIKE 'ar',"
        + " x'537061726b' ILIKE 'sPARK'"));
    query("sql_binary_concat_ws", spark -> spark.sql("SELECT concat_ws('-', x'61', x'62'), split(x'612c62', ',')"));
  }

  private void utf8Checks() {
    query("binary_utf8_checks", spark -> bytes(spark).orderBy("id").select(col("id"), is_valid_utf8(col("b")),
        try_validate_utf8(col("b")), expr("make_valid_utf8(b)")));
    query("sql_binary_utf8_checks", spark -> spark.sql("SELECT is_valid_utf8(x'80'), is_valid_utf8(x'61'),"
        + " is_valid_utf8(x'efbfbd'), try_validate_utf8(x'80'), try_validate_utf8(x'c3a4'), make_valid_utf8(x'80')"));
    query("sql_binary_utf8_checks_null", spark -> spark.sql("SELECT is_valid_utf8(cast(null as binary)),"
        + " try_validate_utf8(cast(null as binary)), is_valid_utf8(x'')"));
    query("sql_binary_utf8_truncated", spark -> spark.sql("SELECT is_valid_utf8(x'e282'), is_valid_utf8(x'e282ac'),"
        + " try_validate_utf8(x'e282ac'), is_valid_utf8(x'c0af'), is_valid_utf8(x'eda080')"));
  }
}
