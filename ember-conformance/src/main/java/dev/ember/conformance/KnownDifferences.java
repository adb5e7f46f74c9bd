package dev.ember.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewed list of cases where Ember deliberately differs from Spark, each with its reason
 * ({@code known-differences.txt}: one {@code group/case: reason} per line, {@code #} comments).
 */
public final class KnownDifferences {
  private KnownDifferences() {
  }

  public static Map<String, String> load() {
    try (InputStream in = KnownDifferences.class.getClassLoader().getResourceAsStream("known-differences.txt")) {
      Map<String, String> differences = new LinkedHashMap<>();
      if (in == null) {
        return differences;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException("known-differences.txt: no reason in line: " + line);
        }
        differences.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
      }
      return differences;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
