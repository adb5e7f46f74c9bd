package dev.ember.conformance;

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
    // a value may name an input file (input_file_name): written portably, as error parameters are
    df.collectAsList().forEach(row -> rows.add(ConformanceData.portable(RowText.of(row))));
    rows.sort(null);
    record("rows (sorted)", String.join("\n", rows));
  }

  public void schema(Dataset<Row> df) {
    record("schema", df.schema().treeString());
  }

  public void rows(Dataset<Row> df) {
    List<String> rows = new ArrayList<>();
    df.collectAsList().forEach(row -> rows.add(RowText.of(row)));
    record("rows", String.join("\n", rows));
  }

  public void show(Dataset<Row> df, int numRows, int truncate, boolean vertical) {
    String text = ConsoleCapture.capture(() -> df.show(numRows, truncate, vertical));
    if (!isConnectSession(df) && text.endsWith("\n")) {
      // Classic Spark prints showString with println, the Connect client with print: record showString.
      text = text.substring(0, text.length() - 1);
    }
    String section = numRows == 20 && truncate == 20 && !vertical ? "show"
        : "show(" + numRows + ", " + truncate + ", " + vertical + ")";
    record(section, text);
  }

  private static boolean isConnectSession(Dataset<Row> df) {
    return df.sparkSession().getClass().getName().startsWith("org.apache.spark.sql.connect.");
  }

  /** Any value an action returns, by its {@code toString}. */
  public void value(String label, Object value) {
    record("value " + label, String.valueOf(value));
  }
}
