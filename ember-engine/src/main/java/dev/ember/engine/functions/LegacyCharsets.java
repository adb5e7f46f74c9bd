package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duckdb.DuckDBColumnType;

/**
 * encode and decode under Spark's legacy confs, as its CharsetProvider: {@code spark.sql.legacy.javaCharsets} takes
 * any charset the JVM knows (else Spark's six), {@code spark.sql.legacy.codingErrorAction} replaces what the charset
 * cannot hold ({@code ?} when encoding, U+FFFD when decoding) instead of failing with MALFORMED_CHARACTER_CODING.
 * Binaries travel as hex.
 */
final class LegacyCharsets {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final Set<String> SPARK_CHARSETS = Set.of("US-ASCII", "ISO-8859-1", "UTF-8", "UTF-16BE",
      "UTF-16LE", "UTF-16", "UTF-32");
  private static final List<DuckDBColumnType> PARAMETERS = List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR,
      DuckDBColumnType.BOOLEAN, DuckDBColumnType.BOOLEAN);

  /** {@code ember_legacy_encode(text, charset, javaCharsets, replace)}: the bytes in hex. */
  static final JavaFunction ENCODE = JavaFunction.of("ember_legacy_encode", PARAMETERS, DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null : encode((String) arguments[0],
          (String) arguments[1], (Boolean) arguments[2], (Boolean) arguments[3]));
  /** {@code ember_legacy_decode(hex bytes, charset, javaCharsets, replace)}: the text. */
  static final JavaFunction DECODE = JavaFunction.of("ember_legacy_decode", PARAMETERS, DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null : decode((String) arguments[0],
          (String) arguments[1], (Boolean) arguments[2], (Boolean) arguments[3]));

  private LegacyCharsets() {
  }

  static String encode(String text, String charset, boolean javaCharsets, boolean replace) {
    try {
      ByteBuffer bytes = forName(charset, javaCharsets, "encode").newEncoder()
          .onMalformedInput(action(replace)).onUnmappableCharacter(action(replace)).encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return HEX.formatHex(out);
    } catch (CharacterCodingException e) {
      throw new RaisedFailure(RaisedError.MALFORMED_CHARACTER_CODING.marker("encode", charset));
    }
  }

  static String decode(String hex, String charset, boolean javaCharsets, boolean replace) {
    try {
      return forName(charset, javaCharsets, "decode").newDecoder().onMalformedInput(action(replace))
          .onUnmappableCharacter(action(replace)).decode(ByteBuffer.wrap(HEX.parseHex(hex))).toString();
    } catch (CharacterCodingException e) {
      throw new RaisedFailure(RaisedError.MALFORMED_CHARACTER_CODING.marker("decode", charset));
    }
  }

  private static CodingErrorAction action(boolean replace) {
    return replace ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
  }

  private static Charset forName(String charset, boolean javaCharsets, String function) {
    if (javaCharsets || SPARK_CHARSETS.contains(charset.toUpperCase(Locale.ROOT))) {
      try {
        return Charset.forName(charset);
      } catch (IllegalArgumentException unknown) { // IllegalCharsetName- and UnsupportedCharsetException too
        throw new RaisedFailure(RaisedError.INVALID_CHARSET.marker(function, charset));
      }
    }
    throw new RaisedFailure(RaisedError.INVALID_CHARSET.marker(function, charset));
  }
}
