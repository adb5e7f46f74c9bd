package dev.ember.engine.files;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;

/**
 * Hadoop's {@code GlobPattern} checks of one path component, which Spark's file listing runs before it
 * matches anything: an unclosed {@code [} or <code>{</code>, a nested {@code [}, a trailing backslash.
 * Hadoop reports them as a plain {@code java.io.IOException} ("Illegal file pattern: ...").
 */
final class GlobSyntax {
  private GlobSyntax() {
  }

  static void check(String component) {
    int length = component.length();
    boolean inClass = false;
    int openGroups = 0;
    for (int index = 0; index < length; index++) {
      char character = component.charAt(index);
      if (character == '\\') {
        if (++index >= length) {
          throw illegal("Missing escaped character", component, index);
        }
      } else if (character == '{') {
        openGroups++;
      } else if (character == '}' && openGroups > 0) {
        openGroups--;
      } else if (character == '[') {
        if (inClass) {
          throw illegal("Unclosed character class", component, index);
        }
        inClass = true;
      } else if (character == ']') {
        inClass = false;
      }
    }
    if (inClass) {
      throw illegal("Unclosed character class", component, length);
    }
    if (openGroups > 0) {
      throw illegal("Unclosed group", component, length);
    }
  }

  private static EmberException illegal(String problem, String component, int position) {
    return EmberException.withoutErrorClass(ErrorKind.JAVA_IO, "Illegal file pattern: error parsing regexp: " + problem
        + " at pos " + position + ": `" + component + "`");
  }
}
