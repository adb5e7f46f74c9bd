package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.sparkproject.io.grpc.Status;

/**
 * A server's limits of operations ({@code ExecutePlan} calls) running at once: per session
 * ({@code spark.ember.server.maxOperationsPerSession}) and in all sessions ({@code spark.ember.server.maxOperations});
 * none by default, as Spark has none. One more fails at once with gRPC's {@code RESOURCE_EXHAUSTED}, as a session
 * beyond {@code spark.ember.server.maxSessions} does (Spark has no error class for a server's limits; the clients do
 * not retry it).
 */
final class OperationLimits {
  static final String PER_SESSION_CONF = "spark.ember.server.maxOperationsPerSession";
  static final String TOTAL_CONF = "spark.ember.server.maxOperations";

  /** An operation's place, given back when it ends. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private final int perSession;
  private final Optional<Semaphore> total;
  private final int totalLimit;

  private OperationLimits(int perSession, int totalLimit) {
    this.perSession = perSession;
    this.totalLimit = totalLimit;
    this.total = totalLimit > 0 ? Optional.of(new Semaphore(totalLimit)) : Optional.empty();
  }

  static OperationLimits of(Map<String, String> conf) {
    return new OperationLimits(limit(conf, PER_SESSION_CONF), limit(conf, TOTAL_CONF));
  }

  private static int limit(Map<String, String> conf, String key) {
    String value = conf.get(key);
    return value == null ? 0 : Math.max(0, ConfNumbers.integer(key, value));
  }

  /** A place for one more operation of a session whose running operations {@code running} counts, or the error. */
  Slot acquire(AtomicInteger running) {
    if (perSession > 0 && running.incrementAndGet() > perSession) {
      running.decrementAndGet();
      throw exhausted("This session runs its maximum of " + perSession + " operations at once (" + PER_SESSION_CONF
          + "): wait for one to finish, or interrupt one.");
    } else if (perSession <= 0) {
      running.incrementAndGet();
    }
    if (total.isPresent() && !total.get().tryAcquire()) {
      running.decrementAndGet();
      throw exhausted("This Ember server runs its maximum of " + totalLimit + " operations at once (" + TOTAL_CONF
          + "): retry once one has finished.");
    }
    boolean[] released = {false};
    return () -> {
      synchronized (released) {
        if (released[0]) {
          return;
        }
        released[0] = true;
      }
      running.decrementAndGet();
      total.ifPresent(Semaphore::release);
    };
  }

  private static RuntimeException exhausted(String description) {
    return Status.RESOURCE_EXHAUSTED.withDescription(description).asRuntimeException();
  }
}
