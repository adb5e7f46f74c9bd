package dev.ember.catalog;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Spark's SHOW ... LIKE pattern: {@code *} any characters, {@code |} alternatives, case-insensitive. */
public final class NamePatterns {
  private NamePatterns() {
  }

  public static Pattern of(String pattern) {
    String regex = Arrays.stream(pattern.trim().split("\\|"))
        .map(part -> Arrays.stream(part.trim().split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")))
        .collect(Collectors.joining("|"));
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
