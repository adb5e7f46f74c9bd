package dev.ember.engine.functions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_gunzip(hex)}: a gzip file's content (as hex text) decompressed (as hex text), for the readers that take
 * files whole ({@code read_blob}): Spark's text, JSON and CSV readers decompress a {@code .gz} file.
 */
final class GzipDecompression {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_gunzip", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null : decompress((String) arguments[0]));

  private GzipDecompression() {
  }

  static String decompress(String hex) {
    try (GZIPInputStream input = new GZIPInputStream(new ByteArrayInputStream(HexFormat.of().parseHex(hex)))) {
      return HexFormat.of().formatHex(input.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
