package dev.ember.commands;

import java.util.regex.Pattern;

/**
 * Spark's redaction of secrets in what DESCRIBE and SHOW CREATE TABLE print ({@code spark.redaction.regex}): the value
 * of an option or property whose key looks like a secret is replaced.
 */
final class Redaction {
  private static final Pattern SECRET_KEY = Pattern.compile("(?i)secret|password|token|access[.]?key");
  private static final String REDACTED = "*********(redacted)";

  private Redaction() {
  }

  static String value(String key, String value) {
    return SECRET_KEY.matcher(key).find() ? REDACTED : value;
  }
}
