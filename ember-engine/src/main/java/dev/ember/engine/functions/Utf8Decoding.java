package dev.ember.engine.functions;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_decode_utf8(hex)}: bytes that are not all UTF-8 (a file's content, as hex text) decoded as Spark's
 * {@code UTF8String.toString} decodes them, each malformed sequence replaced by U+FFFD. DuckDB's own
 * {@code decode(blob, 'replace')} writes '?' instead, and its text readers refuse such files.
 */
final class Utf8Decoding {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_decode_utf8", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null : decode((String) arguments[0]));

  private Utf8Decoding() {
  }

  static String decode(String hex) {
    return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
  }
}
