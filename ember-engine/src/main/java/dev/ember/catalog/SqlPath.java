package dev.ember.catalog;

import dev.ember.plan.command.SetPath.PathElement;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A SQL path (Spark's {@code SET PATH}): the namespaces an unqualified function or relation name is looked up in,
 * in order — {@code system.builtin} (built-in functions), {@code system.session} (temporary views and functions),
 * {@code spark_catalog.db} (a database's tables, views and functions) — and {@code CURRENT_SCHEMA}, the database
 * current when the name is looked up. Spark's default is {@code system.builtin, system.session, CURRENT_SCHEMA}.
 */
public record SqlPath(List<PathElement> entries) {
  public static final String DEFAULT_PATH_CONF = "spark.sql.defaultPath";
  public static final String ENABLED_CONF = "spark.sql.path.enabled";
  public static final List<String> BUILTIN = List.of("system", "builtin");
  public static final List<String> SESSION = List.of("system", "session");
  private static final SqlPath SPARK_DEFAULT = new SqlPath(List.of(new PathElement.Namespace(BUILTIN),
      new PathElement.Namespace(SESSION), new PathElement.CurrentSchema()));

  public SqlPath {
    entries = List.copyOf(entries);
  }

  /** The default path: {@code spark.sql.defaultPath} when it is set, else Spark's. */
  public static SqlPath defaultPath(Optional<String> conf) {
    return conf.filter(value -> !value.isBlank()).map(value -> expand(parseConf(value), SPARK_DEFAULT, SPARK_DEFAULT))
        .orElse(SPARK_DEFAULT);
  }

  /**
   * The entries a SET PATH list stands for: its shortcuts expanded against the current and default paths; a
   * namespace given twice is DUPLICATE_SQL_PATH_ENTRY.
   */
  public static SqlPath expand(List<PathElement> elements, SqlPath current, SqlPath defaults) {
    List<PathElement> entries = new ArrayList<>();
    for (PathElement element : elements) {
      if (element instanceof PathElement.DefaultPath) {
        entries.addAll(defaults.entries());
      } else if (element instanceof PathElement.SystemPath) {
        entries.add(new PathElement.Namespace(BUILTIN));
      } else if (element instanceof PathElement.CurrentPath) {
        entries.addAll(current.entries());
      } else {
        entries.add(element);
      }
    }
    Set<String> seen = new HashSet<>();
    for (PathElement entry : entries) {
      if (!seen.add(key(entry))) {
        String written = entry instanceof PathElement.Namespace namespace ? String.join(".", namespace.parts())
            : "current_schema";
        throw new EmberException(ErrorKind.ANALYSIS, "DUPLICATE_SQL_PATH_ENTRY", "42732", "Duplicate SQL path entry "
            + written + ". The session SQL path cannot contain the same namespace more than once (including after "
            + "expanding shortcuts like DEFAULT_PATH or SYSTEM_PATH).", Map.of("pathEntry", written));
      }
    }
    return new SqlPath(entries);
  }

  /** The namespaces looked up, in order, {@code CURRENT_SCHEMA} as {@code spark_catalog.<current database>}. */
  public List<List<String>> namespaces(String currentDatabase) {
    return entries.stream().map(entry -> entry instanceof PathElement.Namespace namespace ? namespace.parts()
        : List.of(TableName.CATALOG, currentDatabase)).toList();
  }

  /** This path with {@code CURRENT_SCHEMA} fixed to the database current now: a view's or function's frozen path. */
  public SqlPath frozen(String currentDatabase) {
    return new SqlPath(namespaces(currentDatabase).stream().map(parts -> (PathElement) new PathElement.Namespace(parts))
        .toList());
  }

  /** A path written as {@link #text} writes it (a frozen path kept with a view or function). */
  public static SqlPath parse(String text) {
    return new SqlPath(parseConf(text));
  }

  /** {@code current_path()}: the namespaces joined by commas, each part quoted only where it must be. */
  public String text(String currentDatabase) {
    return String.join(",", namespaces(currentDatabase).stream()
        .map(parts -> String.join(".", parts.stream().map(SqlPath::quotedIfNeeded).toList())).toList());
  }

  /** {@code [`system`.`builtin`, ...]}, as Spark's errors show a search path. */
  public String searchPath(String currentDatabase) {
    return "[" + String.join(", ", namespaces(currentDatabase).stream().map(Identifiers::quoteNameParts).toList())
        + "]";
  }

  /** The database of {@code spark_catalog} a namespace names, if it names one. */
  public static Optional<String> database(List<String> namespace) {
    return namespace.size() == 2 && namespace.get(0).equalsIgnoreCase(TableName.CATALOG)
        ? Optional.of(namespace.get(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  public static boolean isBuiltin(List<String> namespace) {
    return same(namespace, BUILTIN);
  }

  public static boolean isSession(List<String> namespace) {
    return same(namespace, SESSION);
  }

  private static boolean same(List<String> namespace, List<String> expected) {
    return namespace.size() == expected.size() && namespace.get(0).equalsIgnoreCase(expected.get(0))
        && namespace.get(1).equalsIgnoreCase(expected.get(1));
  }

  private static String key(PathElement entry) {
    return entry instanceof PathElement.Namespace namespace
        ? String.join(".", namespace.parts()).toLowerCase(Locale.ROOT) : "current_schema";
  }

  private static String quotedIfNeeded(String part) {
    return part.matches("[A-Za-z_][A-Za-z0-9_]*") ? part : Identifiers.quote(part);
  }

  /**
   * The elements of {@code spark.sql.defaultPath} (or a frozen path's text): SET PATH's grammar without PATH — a
   * comma-separated list of DEFAULT_PATH, SYSTEM_PATH, CURRENT_SCHEMA, CURRENT_DATABASE or {@code catalog.schema}
   * names; anything else is INVALID_CONF_VALUE.REQUIREMENT.
   */
  public static List<PathElement> parseConf(String value) {
    List<PathElement> elements = new ArrayList<>();
    for (String written : value.split(",", -1)) {
      String element = written.strip();
      String upper = element.toUpperCase(Locale.ROOT);
      if (upper.equals("DEFAULT_PATH")) {
        elements.add(new PathElement.DefaultPath());
      } else if (upper.equals("SYSTEM_PATH")) {
        elements.add(new PathElement.SystemPath());
      } else if (upper.equals("CURRENT_SCHEMA") || upper.equals("CURRENT_DATABASE")) {
        elements.add(new PathElement.CurrentSchema());
      } else {
        List<String> parts = element.isEmpty() || upper.equals("PATH") ? List.of() : namespaceParts(element);
        if (parts.size() < 2) {
          throw invalidConf(value);
        }
        elements.add(new PathElement.Namespace(parts));
      }
    }
    return elements;
  }

  private static List<String> namespaceParts(String element) {
    try {
      List<String> parts = Identifiers.parseAttributeName(element);
      boolean plain = parts.stream().allMatch(part -> !part.isEmpty());
      return plain && !element.contains(" ") ? parts : List.of();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static EmberException invalidConf(String value) {
    String requirement = "The value must be empty or a comma-separated SET PATH element list (same grammar as SET "
        + "PATH, except PATH is not allowed).";
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_CONF_VALUE.REQUIREMENT", "22022",
        "The value '" + value + "' in the config \"" + DEFAULT_PATH_CONF + "\" is invalid. " + requirement,
        Map.of("confName", DEFAULT_PATH_CONF, "confRequirement", requirement, "confValue", value));
  }
}
