package dev.ember.engine;

/**
 * A number a conf holds (the server confs Ember reads, Ember's sizes), checked as Spark checks the conf's value
 * ({@link ConfChecks}, Spark's error for a refused one) and read as Spark reads its type.
 */
public final class ConfNumbers {
  private ConfNumbers() {
  }

  /** A size in bytes: {@code 128m}, {@code 10485760b}, {@code 64k}; a number alone counts bytes. */
  public static long bytes(String key, String text) {
    return read(key, text, "bytes:BYTE");
  }

  /** A duration in milliseconds: {@code 300000}, {@code 30s}, {@code 5m}; a number alone counts milliseconds. */
  public static long millis(String key, String text) {
    return read(key, text, "time:MILLISECONDS");
  }

  /** A duration in seconds, as Spark reads a time conf of seconds: {@code 30}, {@code 30s}, {@code 2m}. */
  public static long seconds(String key, String text) {
    return read(key, text, "time:SECONDS");
  }

  public static int integer(String key, String text) {
    return Math.toIntExact(read(key, text, "int"));
  }

  private static long read(String key, String text, String type) {
    ConfChecks.check(key, text);
    return ConfValue.read(type, text).orElseThrow(() -> new IllegalStateException(key + " is not read as " + type))
        .number().longValueExact();
  }
}
