package dev.ember.connect;

import dev.ember.plan.usercode.RowFunction;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The user functions that run inside DuckDB's SQL ({@link ScalaRowFunction}), one per code, types and class loader,
 * each named {@code ember_udf_N}: DuckDB keeps a registered function until the database closes, so the same code
 * sent again (every query of a job re-sends its UDFs) finds its function, and beyond {@link #LIMIT} functions new code
 * runs as stages instead, so that registrations never grow without bound.
 */
final class InlineUserFunctions {
  static final int LIMIT = 256;
  private static final Map<Object, RowFunction> KNOWN = new ConcurrentHashMap<>();

  private InlineUserFunctions() {
  }

  /** The function known by {@code key}, made (with its name) on first use; empty once {@link #LIMIT} are known. */
  static Optional<RowFunction> named(Object key, Function<String, RowFunction> make) {
    RowFunction known = KNOWN.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    synchronized (KNOWN) {
      known = KNOWN.get(key);
      if (known == null) {
        if (KNOWN.size() >= LIMIT) {
          return Optional.empty();
        }
        known = make.apply("ember_udf_" + (KNOWN.size() + 1));
        KNOWN.put(key, known);
      }
      return Optional.of(known);
    }
  }
}
