package dev.ember.analyzer;

import dev.ember.plan.resolved.Attribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Looks column names up in a list of attributes, honouring {@code spark.sql.caseSensitive}. */
final class NameMatcher {
  private static final int MAX_SUGGESTIONS = 5;
  private final boolean caseSensitive;

  NameMatcher(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  boolean caseSensitive() {
    return caseSensitive;
  }

  boolean same(String a, String b) {
    return caseSensitive ? a.equals(b) : a.equalsIgnoreCase(b);
  }

  /**
   * Attributes named by {@code nameParts}: either {@code name} or {@code qualifier.name}. Returns
   * the matches of the longest interpretation that matches anything.
   */
  List<Attribute> find(List<String> nameParts, List<Attribute> attributes) {
    List<Attribute> matches = new ArrayList<>();
    if (nameParts.size() >= 2) {
      List<String> qualifier = nameParts.subList(0, nameParts.size() - 1);
      String name = nameParts.get(nameParts.size() - 1);
      for (Attribute attribute : attributes) {
        if (same(attribute.name(), name) && qualifierMatches(attribute.qualifier(), qualifier)) {
          matches.add(attribute);
        }
      }
      if (!matches.isEmpty()) {
        return matches;
      }
    }
    if (nameParts.size() == 1) {
      for (Attribute attribute : attributes) {
        if (same(attribute.name(), nameParts.get(0))) {
          matches.add(attribute);
        }
      }
    }
    return matches;
  }

  private boolean qualifierMatches(List<String> attributeQualifier, List<String> wanted) {
    if (wanted.size() > attributeQualifier.size()) {
      return false;
    }
    List<String> tail = attributeQualifier.subList(attributeQualifier.size() - wanted.size(), attributeQualifier.size());
    for (int i = 0; i < wanted.size(); i++) {
      if (!same(tail.get(i), wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Spark's suggestions: the quoted candidates (without their qualifier when all share one), in a
   * order of edit distance between the quoted candidate and the name as written (ties by name), at most five.
   */
  static List<String> suggestions(List<String> nameParts, List<Attribute> candidates) {
    String written = String.join(".", nameParts.stream().map(NameMatcher::quoteIfNeeded).toList());
    boolean sameQualifier = candidates.stream().map(Attribute::qualifier).distinct().count() <= 1;
    return candidates.stream()
        .map(attribute -> sameQualifier && nameParts.size() == 1
            ? dev.ember.plan.expressions.Identifiers.quote(attribute.name()) : quotedWithQualifier(attribute))
        .sorted(Comparator.<String>comparingInt(quoted -> levenshtein(quoted, written)).thenComparing(quoted -> quoted))
        .limit(MAX_SUGGESTIONS)
        .collect(Collectors.toList());
  }

  /** Spark's quoteIfNeeded: backticks only around parts that are not plain identifiers. */
  private static String quoteIfNeeded(String part) {
    return part.matches("[a-zA-Z_][a-zA-Z0-9_]*") ? part : dev.ember.plan.expressions.Identifiers.quote(part);
  }

  /** Spark's {@code Attribute.sql}: the qualifier and the name, each part quoted only when it needs it. */
  static String sql(Attribute attribute) {
    List<String> parts = new ArrayList<>(attribute.qualifier());
    parts.add(attribute.name());
    return parts.stream().map(NameMatcher::quoteIfNeeded).collect(Collectors.joining("."));
  }

  static String quotedWithQualifier(Attribute attribute) {
    List<String> parts = new ArrayList<>(attribute.qualifier());
    parts.add(attribute.name());
    return dev.ember.plan.expressions.Identifiers.quoteNameParts(parts);
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
