package dev.ember.engine.functions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's {@code mode} without its deterministic flag returns the first value of highest count in the
 * iteration order of its buffer, an {@code OpenHashMap}: keys sit at the slot their Java hash code,
 * spread by 32-bit Murmur3, gives in a power-of-two table (64 slots at first, doubled beyond 70% load),
 * probing further on a collision. This replays that table: the group's values inserted in input order
 * (a partition's buffer), re-inserted in slot order twice (the buffer is serialized and read back into a
 * new map, which is then merged into the final buffer), and answers
 * the 1-based index of the chosen value's first occurrence. Arguments: the values as the text of a DuckDB
 * list in input order (strings as hexadecimal UTF-8), and their kind ({@code int}, {@code long},
 * {@code float}, {@code double}, {@code boolean}, {@code string}), which decides the hash code.
 */
final class HashMapOrder {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_mode_index",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.INTEGER,
      arguments -> modeIndex((String) arguments[0], (String) arguments[1]));

  private static final int INITIAL_CAPACITY = 64;
  private static final double LOAD_FACTOR = 0.7;

  /** An open-addressing table of keys, as Spark's OpenHashSet lays them out. */
  private static final class Table {
    private String[] keys = new String[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private int size;

    void add(String key, int hash) {
      int mask = keys.length - 1;
      int position = SparkMurmur3.hashInt(hash) & mask;
      for (int step = 1; keys[position] != null; step++) {
        if (keys[position].equals(key)) {
          return;
        }
        position = (position + step) & mask;
      }
      keys[position] = key;
      hashes[position] = hash;
      if (++size > (int) (LOAD_FACTOR * keys.length)) {
        grow();
      }
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      keys = new String[oldKeys.length * 2];
      hashes = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int old = 0; old < oldKeys.length; old++) {
        if (oldKeys[old] != null) {
          int position = SparkMurmur3.hashInt(oldHashes[old]) & mask;
          for (int step = 1; keys[position] != null; step++) {
            position = (position + step) & mask;
          }
          keys[position] = oldKeys[old];
          hashes[position] = oldHashes[old];
        }
      }
    }
  }

  private HashMapOrder() {
  }

  /** A new table holding the keys of {@code table} inserted in its slot order. */
  private static Table reinserted(Table table) {
    Table copy = new Table();
    for (int position = 0; position < table.keys.length; position++) {
      if (table.keys[position] != null) {
        copy.add(table.keys[position], table.hashes[position]);
      }
    }
    return copy;
  }

  static Integer modeIndex(String valuesText, String kind) {
    if (valuesText == null || kind == null) {
      return null;
    }
    List<String> values = elements(valuesText);
    if (values.isEmpty()) {
      return null;
    }
    Map<String, Long> counts = new HashMap<>();
    Map<String, Integer> firstIndex = new LinkedHashMap<>();
    Table partial = new Table();
    for (int index = 0; index < values.size(); index++) {
      String value = values.get(index);
      counts.merge(value, 1L, Long::sum);
      if (firstIndex.putIfAbsent(value, index + 1) == null) {
        partial.add(value, hashCode(value, kind));
      }
    }
    Table merged = reinserted(reinserted(partial));
    String chosen = null;
    for (String key : merged.keys) {
      if (key != null && (chosen == null || counts.get(key) > counts.get(chosen))) {
        chosen = key;
      }
    }
    return firstIndex.get(chosen);
  }

  /** The Java hash code of Spark's internal value (a boxed number, a UTF8String). */
  private static int hashCode(String text, String kind) {
    return switch (kind) {
      case "int" -> Integer.parseInt(text);
      case "long" -> Long.hashCode(Long.parseLong(text));
      case "float" -> Float.hashCode(Float.parseFloat(floatText(text)));
      case "double" -> Double.hashCode(Double.parseDouble(floatText(text)));
      case "boolean" -> Boolean.hashCode(Boolean.parseBoolean(text));
      case "string" -> SparkMurmur3.hashBytes(HexFormat.of().parseHex(text.toLowerCase(java.util.Locale.ROOT)), 42);
      default -> throw new IllegalArgumentException("no hash code for " + kind);
    };
  }

  /** DuckDB's names of NaN and the infinities in Java's spelling. */
  private static String floatText(String text) {
    return switch (text) {
      case "nan", "-nan" -> "NaN";
      case "inf" -> "Infinity";
      case "-inf" -> "-Infinity";
      default -> text;
    };
  }

  /** The elements of DuckDB's text of a list of numbers, booleans or hexadecimal strings. */
  private static List<String> elements(String text) {
    String inner = text.substring(1, text.length() - 1).trim();
    List<String> elements = new ArrayList<>();
    if (!inner.isEmpty()) {
      for (String element : inner.split(",")) {
        elements.add(element.trim());
      }
    }
    return elements;
  }
}
