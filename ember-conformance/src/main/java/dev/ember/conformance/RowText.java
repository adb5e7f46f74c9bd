package dev.ember.conformance;

import java.util.Arrays;
import java.util.StringJoiner;
import org.apache.spark.sql.Row;

/** {@code Row.toString}, except that binary values print their bytes rather than an identity hash. */
public final class RowText {
  private RowText() {
  }

  public static String of(Row row) {
    boolean hasBinary = false;
    for (int i = 0; i < row.length(); i++) {
      hasBinary |= row.get(i) instanceof byte[];
    }
    if (!hasBinary) {
      return row.toString();
    }
    StringJoiner text = new StringJoiner(",", "[", "]");
    for (int i = 0; i < row.length(); i++) {
      Object value = row.get(i);
      text.add(value instanceof byte[] bytes ? "bytes" + Arrays.toString(bytes) : String.valueOf(value));
    }
    return text.toString();
  }
}
