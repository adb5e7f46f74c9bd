package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * A query's {@code WINDOW w AS (...)} clause: {@code OVER w} stands for the definition named w, as Spark's
 * WindowsSubstitution replaces it; a definition may itself name another window. Nested queries have their own.
 */
final class SqlNamedWindows {
  private final Deque<Map<String, SqlBaseParser.WindowSpecContext>> scopes = new ArrayDeque<>();

  /** The statement's origins (set as the statement is read): a repeated name's error points at its clause. */
  private final Supplier<SqlOriginRecorder> origins;

  SqlNamedWindows(Supplier<SqlOriginRecorder> origins) {
    this.origins = origins;
  }

  /**
   * Builds {@code body} with the clause's windows in scope (none when the query has no WINDOW clause); a name defined
   * twice is Spark's REPETITIVE_WINDOW_DEFINITION.
   */
  <T> T within(SqlBaseParser.WindowClauseContext clause, Supplier<T> body) {
    Map<String, SqlBaseParser.WindowSpecContext> windows = new HashMap<>();
    if (clause != null) {
      for (SqlBaseParser.NamedWindowContext named : clause.namedWindow()) {
        String name = named.name.getText();
        if (windows.put(name.toLowerCase(Locale.ROOT), named.windowSpec()) != null) {
          throw origins.get().attach(clause, new EmberException(ErrorKind.PARSE,
              "INVALID_SQL_SYNTAX.REPETITIVE_WINDOW_DEFINITION", "42000", "Invalid SQL syntax: The definition of window "
              + "`" + name + "` is repetitive.", Map.of("windowName", "`" + name + "`")));
        }
      }
    }
    scopes.push(windows);
    try {
      return body.get();
    } finally {
      scopes.pop();
    }
  }

  /** The definition a window specification is or names (MISSING_WINDOW_SPECIFICATION when none has the name). */
  SqlBaseParser.WindowDefContext definition(SqlBaseParser.WindowSpecContext spec) {
    SqlBaseParser.WindowSpecContext current = spec;
    for (int depth = 0; current instanceof SqlBaseParser.WindowRefContext reference; depth++) {
      String name = reference.name.getText();
      SqlBaseParser.WindowSpecContext named = scopes.isEmpty() ? null
          : scopes.peek().get(name.toLowerCase(Locale.ROOT));
      if (named == null || depth > scopes.peek().size()) {
        throw new EmberException(ErrorKind.ANALYSIS, "MISSING_WINDOW_SPECIFICATION", "42P20",
            "Window specification is not defined in the WINDOW clause for " + name + ". For more information about "
                + "WINDOW clauses, please refer to 'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-"
                + "window.html'.", Map.of("windowName", name, "docroot", "https://spark.apache.org/docs/latest"));
      }
      current = named;
    }
    return (SqlBaseParser.WindowDefContext) current;
  }
}
