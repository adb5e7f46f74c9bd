package dev.ember.catalog;

import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
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
  private final Map<String, SqlDefinition> definitions = new ConcurrentHashMap<>();

  /**
   * What Spark's catalog keeps of a view CREATE TEMPORARY VIEW made (a Dataset's view keeps none): its query's SQL
   * text and output column names, the database current when it was made and the SQL confs it captured there.
   */
  public record SqlDefinition(String text, List<String> queryColumns, String database, Map<String, String> sqlConfigs) {
    public SqlDefinition {
      java.util.Objects.requireNonNull(text, "text");
      queryColumns = List.copyOf(queryColumns);
      java.util.Objects.requireNonNull(database, "database");
      sqlConfigs = Map.copyOf(sqlConfigs);
    }
  }

  /** {@link #create}, keeping the SQL definition the view was made from (or none). */
  public boolean create(String name, LogicalPlan plan, boolean replace, Optional<SqlDefinition> definition) {
    if (!create(name, plan, replace)) {
      return false;
    }
    definition.ifPresentOrElse(sql -> definitions.put(key(name), sql), () -> definitions.remove(key(name)));
    return true;
  }

  public Optional<SqlDefinition> definition(String name) {
    return Optional.ofNullable(definitions.get(key(name)));
  }

  /** Adds the view; false, leaving the existing one, when the name is taken and {@code replace} is false. */
  public boolean create(String name, LogicalPlan plan, boolean replace) {
    if (replace) {
      views.put(key(name), plan);
      definitions.remove(key(name));
      return true;
    }
    if (views.putIfAbsent(key(name), plan) != null) {
      return false;
    }
    definitions.remove(key(name));
    return true;
  }

  public Optional<LogicalPlan> get(String name) {
    return Optional.ofNullable(views.get(key(name)));
  }

  public boolean drop(String name) {
    definitions.remove(key(name));
    return views.remove(key(name)) != null;
  }

  /** The names, lower-cased as Spark's catalog keeps them. */
  public Set<String> names() {
    return Set.copyOf(views.keySet());
  }

  public void copyFrom(Views source) {
    views.putAll(source.views);
    definitions.putAll(source.definitions);
  }

  public static boolean isGlobalTempNamespace(String name) {
    return name.toLowerCase(Locale.ROOT).equals(GLOBAL_TEMP_NAMESPACE);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
