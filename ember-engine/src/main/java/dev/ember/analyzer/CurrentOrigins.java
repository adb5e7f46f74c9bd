package dev.ember.analyzer;

import dev.ember.plan.origin.SqlOrigin;
import dev.ember.plan.origin.SqlOrigins;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The origins of the SQL text whose plan is being resolved, innermost last (a view's own text inside the query that
 * reads it), as Spark's {@code CurrentOrigin}: an error raised while a node written in SQL is resolved carries where
 * it was written. Plans of the DataFrame API have none.
 */
final class CurrentOrigins {
  private final Deque<SqlOrigins> texts = new ArrayDeque<>();

  void enter(SqlOrigins origins) {
    texts.push(origins);
  }

  void leave() {
    texts.pop();
  }

  /** Where {@code node} was written in the current text, or null. */
  SqlOrigin of(Object node) {
    SqlOrigins current = texts.peek();
    return current == null ? null : current.of(node);
  }
}
