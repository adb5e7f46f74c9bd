package dev.ember.suites.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One input file of Spark's SQL golden tests, read as {@code SQLQueryTestSuite} reads it: lines
 * starting with {@code --} are comments or directives ({@code --SET k=v,...}, {@code --CONFIG_DIM<n> k=v}
 * (the first of each dimension is used), {@code --IMPORT file} (its queries come first), {@code --ONLY_IF
 * dbms}); the rest is queries separated by a {@code ;} not preceded by a backslash.
 */
record SqlTestFile(String path, List<String> queries, Map<String, String> settings, Optional<String> skipReason) {

  static SqlTestFile parse(String path, String input, Function<String, String> importedInput) {
    List<String> code = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (String line : input.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("--") && !trimmed.startsWith("--QUERY-DELIMITER")) {
        comments.add(trimmed);
      } else {
        code.add(line);
      }
    }
    List<String> queries = new ArrayList<>();
    Map<String, String> settings = new LinkedHashMap<>();
    for (String comment : comments) {
      if (comment.startsWith("--IMPORT ")) {
        String imported = importedInput.apply(comment.substring("--IMPORT ".length()).trim());
        queries.addAll(parse(path, imported, importedInput).queries());
      }
    }
    queries.addAll(queries(code));
    Map<String, Boolean> dimensionSeen = new LinkedHashMap<>();
    Optional<String> skip = Optional.empty();
    List<String> onlyIf = new ArrayList<>();
    for (String comment : comments) {
      if (comment.startsWith("--SET ")) {
        settings.putAll(keyValues(comment.substring("--SET ".length())));
      } else if (comment.startsWith("--CONFIG_DIM")) {
        int space = comment.indexOf(' ');
        String dimension = space < 0 ? comment : comment.substring(0, space);
        if (space > 0 && dimensionSeen.putIfAbsent(dimension, true) == null) {
          settings.putAll(keyValues(comment.substring(space + 1)));
        }
      } else if (comment.startsWith("--ONLY_IF ")) {
        onlyIf.add(comment.substring("--ONLY_IF ".length()).trim().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!onlyIf.isEmpty() && !onlyIf.contains("spark")) {
      skip = Optional.of("not applicable: only for " + String.join(", ", onlyIf));
    }
    return new SqlTestFile(path, queries, settings, skip);
  }

  /**
   * The queries of the code lines: between {@code --QUERY-DELIMITER-START} and {@code -END} one query
   * each, elsewhere split at semicolons; then, as Spark does, lines starting with {@code --} left in a
   * query (a comment after the previous query's semicolon) dropped, blanks dropped.
   */
  private static List<String> queries(List<String> code) {
    List<String> raw = new ArrayList<>();
    List<String> other = new ArrayList<>();
    StringBuilder delimited = new StringBuilder();
    boolean inDelimited = false;
    for (String line : code) {
      if (line.trim().startsWith("--QUERY-DELIMITER-START")) {
        inDelimited = true;
        raw.addAll(splitWithSemicolon(other));
        other.clear();
      } else if (line.trim().startsWith("--QUERY-DELIMITER-END")) {
        inDelimited = false;
        String query = delimited.toString();
        raw.add("\n" + (query.endsWith(";") ? query.substring(0, query.length() - 1) : query));
        delimited.setLength(0);
      } else if (inDelimited) {
        delimited.append('\n').append(line);
      } else {
        other.add(line);
      }
    }
    raw.addAll(splitWithSemicolon(other));
    List<String> queries = new ArrayList<>();
    for (String query : raw) {
      String trimmed = query.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String kept = String.join("\n", trimmed.lines().filter(line -> !line.startsWith("--")).toList()).trim();
      if (!kept.isEmpty()) {
        queries.add(kept);
      }
    }
    return queries;
  }

  /** Spark's {@code splitWithSemicolon}: split at a {@code ;} not preceded by a backslash. */
  private static List<String> splitWithSemicolon(List<String> code) {
    return List.of(String.join("\n", code).split("(?<=[^\\\\]);"));
  }

  private static Map<String, String> keyValues(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
    }
    return values;
  }
}
