package dev.ember.engine.functions;

/** Reads DuckDB's text of a {@code BIGINT[]} without NULLs ({@code [1, -2, 3]}). */
final class LongListText {
  private LongListText() {
  }

  static long[] parse(String text) {
    if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
      throw new IllegalArgumentException("not a DuckDB list: " + text);
    }
    String inner = text.substring(1, text.length() - 1).trim();
    if (inner.isEmpty()) {
      return new long[0];
    }
    String[] parts = inner.split(",");
    long[] values = new long[parts.length];
    for (int index = 0; index < parts.length; index++) {
      values[index] = Long.parseLong(parts[index].trim());
    }
    return values;
  }
}
