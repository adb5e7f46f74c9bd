package dev.ember.plan.usercode;

/**
 * What user code needs from the session it runs in: the time zone Spark's encoders read and write timestamps in,
 * the class loader that sees the user's classes (the application's own when embedded; the classes and jars
 * the client uploaded when served), and the session's confs (the value set, else Spark's default; Python workers
 * read their runner confs from it).
 */
public record UserCodeContext(String timeZone, ClassLoader classLoader,
    java.util.function.Function<String, java.util.Optional<String>> conf) {
  /** A context of no confs but the time zone. */
  public UserCodeContext(String timeZone, ClassLoader classLoader) {
    this(timeZone, classLoader, key -> java.util.Optional.empty());
  }
}
