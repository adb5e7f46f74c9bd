package dev.ember.conformance;

import java.nio.file.Path;

/**
 * The input files cases read ({@code ember-conformance/data}), found through the system property
 * {@code ember.conformance.data} that both the reference build and Ember's tests set.
 */
public final class ConformanceData {
  private ConformanceData() {
  }

  public static Path directory() {
    String directory = System.getProperty("ember.conformance.data");
    if (directory == null) {
      throw new IllegalStateException("set -Dember.conformance.data to ember-conformance/data");
    }
    return Path.of(directory).toAbsolutePath().normalize();
  }

  public static String path(String file) {
    return directory().resolve(file).toString();
  }

  /** Makes recorded text portable: the data directory and the working directory become placeholders. */
  public static String portable(String text) {
    String portable = text;
    if (System.getProperty("ember.conformance.data") != null) {
      portable = portable.replace(directory().toString(), "<data>");
    }
    return portable.replace(Path.of("").toAbsolutePath().toString(), "<cwd>");
  }
}
