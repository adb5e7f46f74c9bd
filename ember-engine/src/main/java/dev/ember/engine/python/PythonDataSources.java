package dev.ember.engine.python;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's registered Python data sources by name, case-insensitive, as Spark's {@code DataSourceManager} keys
 * them: registering a name again replaces the source (Spark logs a warning), a clone of the session starts with them.
 */
public final class PythonDataSources {
  private final Map<String, PythonDataSource> sources = new ConcurrentHashMap<>();

  public void register(PythonDataSource source) {
    sources.put(key(source.name()), source);
  }

  public Optional<PythonDataSource> lookup(String name) {
    return Optional.ofNullable(sources.get(key(name)));
  }

  public void copyFrom(PythonDataSources other) {
    sources.putAll(other.sources);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
