package dev.ember.engine.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names of Hive-style partition directories as Spark writes them ({@code ExternalCatalogUtils.escapePathName}):
 * {@code column=value}, the characters a path cannot hold or Hive reserves written {@code %XX}, a null or empty value
 * written {@code __HIVE_DEFAULT_PARTITION__}. DuckDB names the directories it partitions into with its own
 * percent-encoding of the value, which {@link #duckDbValue} reads back.
 */
public final class PartitionPaths {
  private PartitionPaths() {
  }

  /** {@code column=value} for one partition column, as Spark names the directory. */
  public static String directoryName(String column, String value) {
    String text = value == null || value.isEmpty() ? PartitionDiscovery.DEFAULT_PARTITION : escape(value);
    return escape(column) + "=" + text;
  }

  /** The relative directory of a row whose partition columns have these values (in order). */
  public static String directory(List<String> columns, List<String> values) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      path.append(i == 0 ? "" : "/").append(directoryName(columns.get(i), values.get(i)));
    }
    return path.toString();
  }

  /** Spark's escaping of a path segment. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscaping(c)) {
        escaped.append('%').append(String.format("%02X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static boolean needsEscaping(char c) {
    return c >= '\u0001' && c <= '\u001F' || "\"#%'*/:=?\\\u007F{[]^".indexOf(c) >= 0;
  }

  /**
   * The value of a directory name {@code column=value} DuckDB wrote ({@code null} for its default partition): DuckDB
   * writes the value's UTF-8 bytes, those outside letters, digits and a few marks as {@code %XX}.
   */
  public static String duckDbValue(String directoryName) {
    String value = directoryName.substring(directoryName.indexOf('=') + 1);
    if (value.equals(PartitionDiscovery.DEFAULT_PARTITION)) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < value.length()) {
      if (value.charAt(i) == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
        bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int codePoint = value.codePointAt(i);
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
