package dev.ember.analyzer;

import dev.ember.plan.resolved.Attribute;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The scopes of the queries enclosing the subquery being resolved, innermost first: a name a subquery's own scope
 * lacks resolves in them, as Spark's analyzer resolves outer references. Each frame collects the enclosing
 * columns its subquery reads (from any level out), in the order they are met: they make it correlated and name it
 * ({@code scalarsubquery(a, b)}).
 */
final class OuterScopes {
  /** One enclosing query's scope, and the outer columns read inside the subquery it holds. */
  static final class Frame {
    private final Scope scope;
    private final List<Attribute> references = new ArrayList<>();
    /** The names already recorded: a clause resolved twice (HAVING's second try) reads its columns once. */
    private final java.util.Set<Object> sources = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Frame(Scope scope) {
      this.scope = scope;
    }

    Scope scope() {
      return scope;
    }

    List<Attribute> references() {
      return List.copyOf(references);
    }
  }

  private final Deque<Frame> frames = new ArrayDeque<>();

  /** The frames in scope now, innermost first (an expression resolver keeps the ones of its query). */
  List<Frame> current() {
    return List.copyOf(frames);
  }

  /** Resolves {@code body} with no enclosing query in scope (a SQL function's body sees none of its caller's). */
  <T> T isolated(java.util.function.Supplier<T> body) {
    List<Frame> saved = List.copyOf(frames);
    frames.clear();
    try {
      return body.get();
    } finally {
      frames.clear();
      frames.addAll(saved);
    }
  }

  /** Resolves a subquery of the query whose scope is {@code enclosing}; the frame then holds its outer columns. */
  <T> T within(Scope enclosing, Function<Frame, T> body) {
    Frame frame = new Frame(enclosing);
    frames.push(frame);
    try {
      return body.apply(frame);
    } finally {
      frames.pop();
    }
  }

  /**
   * Records that a subquery reads {@code attribute} of the query at {@code level} of {@code visible}: every
   * subquery from the innermost out to that level depends on it. {@code source} is the name as written.
   */
  static void record(List<Frame> visible, int level, Attribute attribute, Object source) {
    for (int i = 0; i <= level; i++) {
      if (visible.get(i).sources.add(source)) {
        visible.get(i).references.add(attribute);
      }
    }
  }
}
