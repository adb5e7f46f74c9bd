package dev.ember.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What a case observed, as named text sections: the unit a golden file records and a test compares. */
public final class Outcome {
  private final Map<String, String> sections = new LinkedHashMap<>();

  public Map<String, String> sections() {
    return sections;
  }

  public void record(String section, String text) {
    if (sections.containsKey(section)) {
      throw new IllegalArgumentException("section recorded twice: " + section);
    }
    sections.put(section, text);
  }

  /** Schema, rows in order, and {@code show()}. */
  public void dataset(Dataset<Row> df) {
    schema(df);
    rows(df);
    show(df, 20, 20, false);
  }

  public void unorderedDataset(Dataset<Row> df) {
    schema(df);
    List<String> rows = new ArrayList<>();
    df.collectAsList().forEach(row -> rows.add(row.toString()));
    rows.sort(null);
    record("rows (sorted)", String.join("\n", rows));
  }

  public void schema(Dataset<Row> df) {
    record("schema", df.schema().treeString());
  }

  public void rows(Dataset<Row> df) {
    List<String> rows = new ArrayList<>();
    df.collectAsList().forEach(row -> rows.add(row.toString()));
    record("rows", String.join("\n", rows));
  }

  public void show(Dataset<Row> df, int numRows, int truncate, boolean vertical) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    scala.Console.withOut(stream, () -> {
      df.show(numRows, truncate, vertical);
      return null;
    });
    stream.flush();
    String section = numRows == 20 && truncate == 20 && !vertical ? "show"
        : "show(" + numRows + ", " + truncate + ", " + vertical + ")";
    record(section, buffer.toString(StandardCharsets.UTF_8));
  }

  /** Any value an action returns, by its {@code toString}. */
  public void value(String label, Object value) {
    record("value " + label, String.valueOf(value));
  }
}
