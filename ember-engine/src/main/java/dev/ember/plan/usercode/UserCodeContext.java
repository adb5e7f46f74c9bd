package dev.ember.plan.usercode;

/**
 * What user code needs from the session it runs in: the time zone Spark's encoders read and write timestamps in,
 * and the class loader that sees the user's classes (the application's own when embedded; the classes and jars
 * the client uploaded when served).
 */
public record UserCodeContext(String timeZone, ClassLoader classLoader) {
}
