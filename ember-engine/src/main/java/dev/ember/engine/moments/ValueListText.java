package dev.ember.engine.moments;

import java.util.Arrays;

/**
 * Reads DuckDB's text of a {@code DOUBLE[]} without NULLs ({@code [1.5, -0.0, 1e+23, nan, inf]}).
 * DuckDB writes each double as its shortest text that reads back to the same double, so the values
 * arrive exactly.
 */
public final class ValueListText {
  private ValueListText() {
  }

  public static double[] parse(String text) {
    if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
      throw new IllegalArgumentException("not a DuckDB list: " + text);
    }
    int end = text.length() - 1;
    double[] values = new double[16];
    int count = 0;
    int start = 1;
    while (start < end) {
      int comma = text.indexOf(',', start);
      int stop = comma < 0 ? end : comma;
      if (count == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[count++] = value(text.substring(start, stop).trim());
      start = stop + 1;
    }
    return count == values.length ? values : Arrays.copyOf(values, count);
  }

  private static double value(String text) {
    switch (text) {
      case "nan":
      case "-nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }
}
