package dev.ember.catalog;

import dev.ember.plan.command.SqlFunction;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A session's temporary SQL functions by name (case-insensitive, as Spark's function registry keys them). */
public final class SqlFunctions {
  private final Map<String, SqlFunction> functions = new ConcurrentHashMap<>();

  /** Adds the function; false, leaving the existing one, when the name is taken and {@code replace} is false. */
  public boolean create(SqlFunction function, boolean replace) {
    if (replace) {
      functions.put(key(function.name()), function);
      return true;
    }
    return functions.putIfAbsent(key(function.name()), function) == null;
  }

  public Optional<SqlFunction> get(String name) {
    return Optional.ofNullable(functions.get(key(name)));
  }

  public boolean drop(String name) {
    return functions.remove(key(name)) != null;
  }

  public Set<String> names() {
    return Set.copyOf(functions.keySet());
  }

  public void copyFrom(SqlFunctions source) {
    functions.putAll(source.functions);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
