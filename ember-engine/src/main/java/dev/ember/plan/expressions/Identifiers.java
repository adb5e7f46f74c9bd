package dev.ember.plan.expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Spark's rules for splitting and quoting multi-part identifiers ({@code a.b}, {@code `a.b`}). */
public final class Identifiers {
  private Identifiers() {
  }

  /** Splits {@code a.`b.c`.d} into {@code [a, b.c, d]} as Spark's {@code parseAttributeName} does. */
  public static List<String> parseAttributeName(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inBackticks = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (inBackticks) {
        if (c == '`') {
          if (i + 1 < name.length() && name.charAt(i + 1) == '`') {
            current.append('`');
            i++;
          } else {
            inBackticks = false;
          }
        } else {
          current.append(c);
        }
      } else if (c == '`') {
        inBackticks = true;
      } else if (c == '.') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  /** {@code `a`.`b`} — Spark's {@code toSQLId}: every part in backticks. */
  public static String quoteNameParts(List<String> parts) {
    return parts.stream().map(Identifiers::quote).collect(Collectors.joining("."));
  }

  /** {@code a.`b c`} — Spark's {@code quoted} of a multi-part name: a part in backticks only when it needs them. */
  public static String quoteIfNeeded(List<String> parts) {
    return parts.stream().map(part -> part.matches("[a-zA-Z0-9_]+") && !part.matches("[0-9]+") ? part : quote(part))
        .collect(Collectors.joining("."));
  }

  public static String quote(String part) {
    return "`" + part.replace("`", "``") + "`";
  }
}
