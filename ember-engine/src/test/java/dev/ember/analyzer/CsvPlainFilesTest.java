package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.resolved.FileScan;
import dev.ember.sqlgen.CsvColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which CSV files keep DuckDB's reader: those it reads exactly as Spark's univocity reader does. */
class CsvPlainFilesTest {
  @TempDir
  Path directory;

  @Test
  void unquotedAndWhollyQuotedFieldsKeepDuckDbsReader() throws IOException {
    assertThat(readByDuckDb("a,b\n1,x\n2,\"y, z\"\n3,\"\"\n", Map.of())).isTrue();
    assertThat(readByDuckDb("a,b\n1,é\n2,y", Map.of())).isTrue();
    assertThat(readByDuckDb("a,b\n" + ",".repeat(20_479) + "\n", Map.of())).as("maxColumns fields").isTrue();
  }

  @Test
  void filesUnivocityReadsOtherwiseAreItsOwn() throws IOException {
    assertThat(readByDuckDb("a,b\n1,\"x\ny\"\n", Map.of())).as("quotes across lines").isFalse();
    assertThat(readByDuckDb("a,b\n" + ",".repeat(20_480) + "\n", Map.of())).as("more than maxColumns").isFalse();
    assertThat(readByDuckDb("a,b\n1,\"x\n", Map.of())).as("unbalanced quote").isFalse();
    assertThat(readByDuckDb("a,b\n1,a\"b\n", Map.of())).as("quote inside a field").isFalse();
    assertThat(readByDuckDb("a,b\n1,\"x\"y\n", Map.of())).as("text after the closing quote").isFalse();
    assertThat(readByDuckDb("a,b\n1,\"x\"\"y\"\n", Map.of())).as("doubled quote").isFalse();
    assertThat(readByDuckDb("a,b\n1,x\\y\n", Map.of())).as("escape character").isFalse();
    assertThat(readByDuckDb("a,b\r\n1,x\r\n", Map.of())).as("carriage return").isFalse();
    assertThat(readByDuckDb("a,b\n\n1,x\n", Map.of())).as("blank line").isFalse();
    assertThat(readByDuckDb("a,b\n1,x\n  \n", Map.of())).as("white-space line").isFalse();
    assertThat(readByDuckDb("\uFEFFa,b\n1,x\n", Map.of())).as("byte-order mark").isFalse();
    assertThat(readByDuckDb("a,b\n1,x\u0000\n", Map.of())).as("NUL").isFalse();
    assertThat(readByDuckDb("a,b\n#1,x\n", Map.of("comment", "#"))).as("comment character").isFalse();
    assertThat(readByDuckDb("a,b\n1,x\n", Map.of("multiline", "true"))).as("multiLine").isFalse();
    assertThat(readByDuckDb("a;b\n1;x\n", Map.of("sep", ";;"))).as("separator of two characters").isFalse();
  }

  @Test
  void bytesThatAreNotUtf8AreUnivocitys() throws IOException {
    Path file = directory.resolve("latin.csv");
    Files.write(file, new byte[] {'a', '\n', (byte) 0xe9, '\n'});
    assertThat(marked(CsvPlainFiles.readerOptions(List.of(file.toString()), Map.of(), List.of("c0")))).isFalse();
  }

  @Test
  void aCorruptRecordColumnNeedsTheRecordsText() throws IOException {
    Path file = directory.resolve("plain.csv");
    Files.writeString(file, "a,b\n1,x\n");
    assertThat(marked(CsvPlainFiles.readerOptions(List.of(file.toString()), Map.of(),
        List.of("c0", CsvColumns.CORRUPT_RECORD)))).isFalse();
  }

  private boolean readByDuckDb(String content, Map<String, String> options) throws IOException {
    Path file = Files.createTempFile(directory, "data", ".csv");
    Files.writeString(file, content);
    return marked(CsvPlainFiles.readerOptions(List.of(file.toString()), options, List.of("c0", "c1")));
  }

  private static boolean marked(Map<String, String> options) {
    return options.containsKey(FileScan.DUCKDB_CSV_READER_OPTION);
  }
}
