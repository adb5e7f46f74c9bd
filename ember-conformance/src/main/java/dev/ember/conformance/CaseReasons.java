package dev.ember.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reviewed list of conformance cases, each with its reason: a resource of {@code group/case: reason} lines, with
 * {@code #} comments and blank lines ignored. {@link KnownDifferences} and {@link OpenCases} are two such lists.
 */
final class CaseReasons {
  private CaseReasons() {
  }

  /** The resource's cases in file order, each mapped to its reason; empty when the resource does not exist. */
  static Map<String, String> load(String resource) {
    try (InputStream in = CaseReasons.class.getClassLoader().getResourceAsStream(resource)) {
      Map<String, String> reasons = new LinkedHashMap<>();
      if (in == null) {
        return reasons;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException(resource + ": no reason in line: " + line);
        }
        reasons.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
      }
      return reasons;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
