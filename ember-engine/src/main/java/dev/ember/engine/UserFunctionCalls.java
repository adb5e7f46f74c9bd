package dev.ember.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statements running user functions inside DuckDB's SQL, by the tag their SQL passes each call as its last
 * argument ({@link QueryText#userCallTag}): DuckDB calls a function on threads of its own, with no word of the
 * statement, so the tag is how a cancelled operation finds and interrupts the threads running its user code, as
 * Spark interrupts a cancelled task's, and how a call made after the cancellation stops at once. A statement that
 * is not running (its SQL evaluated while DuckDB plans it) has no entry: its calls run as they would.
 */
final class UserFunctionCalls {
  private static final AtomicLong TAGS = new AtomicLong();
  private final Map<String, Call> running = new ConcurrentHashMap<>();

  /** A tag no other statement of this JVM carries. */
  static String newTag() {
    return "ember_call_" + TAGS.incrementAndGet();
  }

  /** The threads running one statement's user code; cancelling interrupts them and stops the calls to come. */
  static final class Call {
    private final Set<Thread> threads = new HashSet<>();
    private boolean cancelled;

    /** Notes the current thread as running the statement's code; false when the statement is cancelled. */
    synchronized boolean enter() {
      // an interrupt left over from another statement's call is not this one's
      Thread.interrupted();
      if (cancelled) {
        return false;
      }
      threads.add(Thread.currentThread());
      return true;
    }

    /** The current thread is done with the statement's code (an interrupt it received is cleared with it). */
    synchronized void exit() {
      threads.remove(Thread.currentThread());
      Thread.interrupted();
    }

    synchronized void cancel() {
      cancelled = true;
      threads.forEach(Thread::interrupt);
    }
  }

  /** Starts tracking the statement tagged {@code tag} (nothing when it calls no user function). */
  Call open(String tag) {
    if (tag.isEmpty()) {
      return new Call();
    }
    return running.computeIfAbsent(tag, key -> new Call());
  }

  void close(String tag) {
    running.remove(tag);
  }

  /** The running statement tagged {@code tag}, or null. */
  Call find(String tag) {
    return running.get(tag);
  }
}
