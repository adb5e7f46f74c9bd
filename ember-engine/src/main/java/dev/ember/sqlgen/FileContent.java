package dev.ember.sqlgen;


import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlList;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;

/**
 * Files read whole as bytes ({@code read_blob}: one row per file, its {@code content} and {@code filename}) and
 * decoded as Spark's text and JSON sources decode them: UTF-8, with each malformed sequence replaced by U+FFFD
 * (the Java function {@code ember_decode_utf8}, only for a file DuckDB's strict {@code decode} refuses). DuckDB's
 * text readers ({@code read_text}, {@code read_csv}) refuse such files, and {@code read_csv} splits at NUL.
 */
final class FileContent {
  /** The replacement character: where a file that is not UTF-8 had a malformed sequence. */
  static final String REPLACEMENT = "\uFFFD";

  private FileContent() {
  }

  static SqlFrom.TableFunction reader(List<String> files, String alias) {
    SqlList paths = new SqlList(files.stream().<SqlExpression>map(FileScanToSql::text).toList());
    return new SqlFrom.TableFunction("read_blob", List.of(paths), List.of(), alias, List.of());
  }

  /** The file's text. */
  static SqlExpression text() {
    return utf8Text(content());
  }

  /** Bytes as Spark makes them text (a file's lines, a binary cast to a string): malformed sequences as U+FFFD. */
  static SqlExpression utf8Text(SqlExpression bytes) {
    // bound once: DuckDB's TRY refuses an expression that calls a volatile function (a random IV's aes_encrypt)
    return SqlLet.bind(bytes, value -> SqlCall.of("coalesce", SqlCall.of("try", SqlCall.of("decode", value)),
        SqlCall.of("ember_decode_utf8", SqlCall.of("hex", value))));
  }

  /** The file's text without a byte-order mark at its start, as Hadoop's line reader reads lines. */
  static SqlExpression textForLines() {
    return SqlCall.of("regexp_replace", text(), FileScanToSql.text("^\uFEFF"), FileScanToSql.text(""));
  }

  /** Whether the file is not UTF-8 (its text holds replacement characters where it was not). */
  static SqlExpression undecodable() {
    return SqlOperator.postfix("IS NULL", strictText());
  }

  /** The file has bytes (Spark reads no line of an empty file). */
  static SqlExpression nonEmpty() {
    return SqlOperator.infix(">", SqlCall.of("octet_length", content()), new SqlLiteral(0, AtomicType.INTEGER));
  }

  static SqlExpression fileName() {
    return new SqlColumn("filename");
  }

  private static SqlExpression strictText() {
    return SqlCall.of("try", SqlCall.of("decode", content()));
  }

  /** The file's bytes, a {@code .gz} file's decompressed, as Hadoop's codecs give them to Spark's readers. */
  private static SqlExpression content() {
    SqlExpression raw = new SqlColumn("content");
    SqlExpression gzip = SqlCall.of("suffix", SqlCall.of("lower", fileName()), FileScanToSql.text(".gz"));
    return new SqlCase(List.of(new SqlCase.When(gzip,
        SqlCall.of("unhex", SqlCall.of("ember_gunzip", SqlCall.of("hex", raw))))), raw);
  }

  static SqlLiteral replacement() {
    return FileScanToSql.text(REPLACEMENT);
  }
}
