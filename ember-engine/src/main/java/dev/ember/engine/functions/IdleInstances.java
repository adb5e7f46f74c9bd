package dev.ember.engine.functions;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Instances of a class that is not thread-safe (a parser, a document builder) shared by DuckDB's calls, each used by
 * one call at a time: a call takes an idle one (or makes one when every one is busy) and gives it back when done.
 * Not a {@code ThreadLocal}: DuckDB's JDBC driver runs each call of a Java function on a thread the JVM sees as new,
 * so an instance per thread would be made anew for every chunk of 2,048 rows.
 */
final class IdleInstances<T> {
  private final Supplier<T> create;
  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();

  IdleInstances(Supplier<T> create) {
    this.create = create;
  }

  /** An instance no other caller uses until it is {@linkplain #release released}. */
  T acquire() {
    T instance = idle.pollFirst();
    return instance != null ? instance : create.get();
  }

  /** Gives {@code instance} back for the calls to come. */
  void release(T instance) {
    idle.offerFirst(instance);
  }
}
