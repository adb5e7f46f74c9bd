package dev.ember.catalog;

import dev.ember.plan.logical.LogicalPlan;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary views by name (case-insensitive), each the plan it stands for, analyzed afresh where it is read: a
 * session's own, and the engine's global ones that every session reads as {@code global_temp.name}.
 */
public final class Views {
  /** The namespace Spark reads global temporary views from ({@code spark.sql.globalTempDatabase}). */
  public static final String GLOBAL_TEMP_NAMESPACE = "global_temp";

  private final Map<String, LogicalPlan> views = new ConcurrentHashMap<>();

  /** Adds the view; false, leaving the existing one, when the name is taken and {@code replace} is false. */
  public boolean create(String name, LogicalPlan plan, boolean replace) {
    if (replace) {
      views.put(key(name), plan);
      return true;
    }
    return views.putIfAbsent(key(name), plan) == null;
  }

  public Optional<LogicalPlan> get(String name) {
    return Optional.ofNullable(views.get(key(name)));
  }

  public boolean drop(String name) {
    return views.remove(key(name)) != null;
  }

  /** The names, lower-cased as Spark's catalog keeps them. */
  public Set<String> names() {
    return Set.copyOf(views.keySet());
  }

  public void copyFrom(Views source) {
    views.putAll(source.views);
  }

  public static boolean isGlobalTempNamespace(String name) {
    return name.toLowerCase(Locale.ROOT).equals(GLOBAL_TEMP_NAMESPACE);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
