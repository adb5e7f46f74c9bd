package dev.ember.cli.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script at its semicolons, as {@code spark-sql} does: not inside quotes ({@code '…'}, {@code "…"},
 * backquotes), {@code --} comments or (nested) bracketed comments; a semicolon after a backslash belongs to the
 * statement. Statements that are only blanks or comments are dropped.
 */
public final class StatementSplitter {
  private StatementSplitter() {
  }

  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean hasCode = false;
    char quote = 0;
    boolean lineComment = false;
    int blockDepth = 0;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
      if (lineComment) {
        lineComment = c != '\n';
      } else if (blockDepth > 0) {
        if (c == '*' && next == '/') {
          blockDepth--;
          current.append(c);
          c = next;
          i++;
        } else if (c == '/' && next == '*') {
          blockDepth++;
          current.append(c);
          c = next;
          i++;
        }
      } else if (quote != 0) {
        if (c == '\\' && quote != '`' && next != 0) {
          current.append(c);
          c = next;
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        hasCode = true;
      } else if (c == '-' && next == '-') {
        lineComment = true;
      } else if (c == '/' && next == '*') {
        blockDepth = 1;
        current.append(c);
        c = next;
        i++;
      } else if (c == '\\' && next == ';') {
        current.append(';');
        i++;
        hasCode = true;
        continue;
      } else if (c == ';') {
        if (hasCode) {
          statements.add(current.toString().strip());
        }
        current.setLength(0);
        hasCode = false;
        continue;
      } else if (!Character.isWhitespace(c)) {
        hasCode = true;
      }
      current.append(c);
    }
    if (hasCode) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /** Whether an interactive line ends a statement: its last character (blanks aside) is an unescaped semicolon. */
  public static boolean endsStatement(String line) {
    String trimmed = line.strip();
    return trimmed.endsWith(";") && !trimmed.endsWith("\\;");
  }
}
