package dev.ember.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark-generated cases Ember does not pass yet, each with what it lacks ({@code open-cases.txt}, lines
 * {@code group/case: reason}). Unlike a known difference, an open case is work to do: the conformance tests check that
 * it still differs, so a case that starts passing fails the run until its line is removed — the list only shrinks.
 */
public final class OpenCases {
  private OpenCases() {
  }

  public static Map<String, String> load() {
    try (InputStream in = OpenCases.class.getClassLoader().getResourceAsStream("open-cases.txt")) {
      Map<String, String> open = new LinkedHashMap<>();
      if (in == null) {
        return open;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException("open-cases.txt: no reason in line: " + line);
        }
        open.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
      }
      return open;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
