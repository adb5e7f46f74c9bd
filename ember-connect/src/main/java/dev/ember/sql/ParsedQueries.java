package dev.ember.sql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries parsed last, by text and parser options: a query is parsed again each time the client sends its
 * {@code sql} relation ({@code spark.sql(text)} runs its command, then each action sends the text back), and
 * Spark's grammar costs a TPC-DS query more than the rest of its planning. Only a query that no parameter or session
 * variable shaped is kept (its plan is the text's alone), and no recursive CTE (its plan carries fresh ids) or
 * TABLESAMPLE (without a seed, each parse draws one).
 * Plans are immutable, so each use reads the same one.
 */
final class ParsedQueries {
  private static final int CAPACITY = 256;

  private record Key(String text, SqlParserOptions options) {
  }

  private final Map<Key, SqlStatement.Query> queries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, SqlStatement.Query> eldest) {
      return size() > CAPACITY;
    }
  };

  /** Whether a statement of this text may be kept: no parameters to bind, no recursive CTE, no TABLESAMPLE. */
  static boolean cacheable(String text, SqlParameters parameters) {
    String upper = text.toUpperCase(Locale.ROOT);
    return parameters.named().isEmpty() && parameters.positional().isEmpty() && !upper.contains("RECURSIVE")
        && !upper.contains("TABLESAMPLE");
  }

  synchronized Optional<SqlStatement.Query> get(String text, SqlParserOptions options) {
    return Optional.ofNullable(queries.get(new Key(text, options)));
  }

  synchronized void put(String text, SqlParserOptions options, SqlStatement.Query query) {
    queries.put(new Key(text, options), query);
  }
}
