package dev.ember.sqlgen;

import java.util.List;

/**
 * Generated SQL laid out for reading (explain): each clause of a query on its own line, each
 * subquery indented under the clause that holds it. Quoted identifiers and string literals are
 * copied unchanged; the text means exactly what the one-line SQL means.
 */
public final class SqlLayout {
  private static final String INDENT = "  ";
  private static final List<String> CLAUSES = List.of("SELECT ", "FROM ", "WHERE ", "GROUP BY ", "HAVING ",
      "QUALIFY ", "WINDOW ", "ORDER BY ", "LIMIT ", "OFFSET ", "UNION ", "INTERSECT ", "EXCEPT ", "WITH ");
  private static final String CLAUSE_STARTS = CLAUSES.stream().map(clause -> clause.substring(0, 1)).distinct()
      .collect(java.util.stream.Collectors.joining());

  private SqlLayout() {
  }

  public static String of(String sql) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    java.util.ArrayDeque<Boolean> subqueries = new java.util.ArrayDeque<>();
    int index = 0;
    while (index < sql.length()) {
      char character = sql.charAt(index);
      if (character == '\'' || character == '"') {
        int end = quotedEnd(sql, index, character);
        text.append(sql, index, end);
        index = end;
        continue;
      }
      if (character == '(') {
        boolean subquery = startsWith(sql, index + 1, "SELECT ") || startsWith(sql, index + 1, "WITH ")
            || startsWith(sql, index + 1, "(SELECT ");
        subqueries.push(subquery);
        text.append('(');
        if (subquery) {
          depth++;
          newLine(text, depth);
        }
        index++;
        continue;
      }
      if (character == ')' && !subqueries.isEmpty()) {
        if (subqueries.pop()) {
          depth--;
          newLine(text, depth);
        }
        text.append(')');
        index++;
        continue;
      }
      if (character == ' ' && clauseAt(sql, index + 1)) {
        newLine(text, depth);
        index++;
        continue;
      }
      text.append(character);
      index++;
    }
    return text.toString();
  }

  private static boolean clauseAt(String sql, int index) {
    // most words start with no clause's letter: one check instead of fourteen
    if (index >= sql.length() || CLAUSE_STARTS.indexOf(sql.charAt(index)) < 0) {
      return false;
    }
    for (String clause : CLAUSES) {
      if (startsWith(sql, index, clause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(String sql, int index, String prefix) {
    return sql.startsWith(prefix, index);
  }

  private static void newLine(StringBuilder text, int depth) {
    while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    text.append('\n').append(INDENT.repeat(depth));
  }

  /** The index just past a quoted text that opens at {@code start}; a doubled quote stays inside. */
  private static int quotedEnd(String sql, int start, char quote) {
    int index = start + 1;
    while (index < sql.length()) {
      if (sql.charAt(index) == quote) {
        if (index + 1 < sql.length() && sql.charAt(index + 1) == quote) {
          index += 2;
          continue;
        }
        return index + 1;
      }
      index++;
    }
    return sql.length();
  }
}
