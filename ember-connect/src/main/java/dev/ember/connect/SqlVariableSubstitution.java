package dev.ember.connect;

import dev.ember.engine.SessionConf;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's {@code VariableSubstitution}: before a statement is parsed, {@code ${name}} (also {@code ${hivevar:name}},
 * {@code ${hiveconf:name}}, {@code ${spark:name}}, {@code ${sparkconf:name}}) becomes the session conf's value, the empty
 * string when unset ({@code SET hivevar:name = v} sets the conf {@code name}); {@code ${env:name}} and
 * {@code ${system:name}} the environment's and the JVM's, kept as written when unset. Values are substituted in turn.
 * {@code spark.sql.variable.substitute=false} turns it off.
 */
final class SqlVariableSubstitution {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(?:(\\w+?):)?(\\S+?)\\}");
  private static final Set<String> CONF_PREFIXES = Set.of("spark", "sparkconf", "hivevar", "hiveconf");

  private SqlVariableSubstitution() {
  }

  static String substitute(String text, SessionConf conf) {
    if (text == null || !text.contains("${")
        || !conf.get("spark.sql.variable.substitute").map(value -> Boolean.parseBoolean(value.trim())).orElse(true)) {
      return text;
    }
    return substitute(text, conf, Set.of());
  }

  private static String substitute(String text, SessionConf conf, Set<String> used) {
    if (!text.contains("${")) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String prefix = matcher.group(1);
      String name = matcher.group(2);
      String reference = prefix == null ? name : prefix + ":" + name;
      if (used.contains(reference)) {
        throw new IllegalArgumentException("requirement failed: Circular reference in " + text + ": " + reference);
      }
      String value = value(prefix, name, conf);
      String replacement = value == null ? matcher.group() : substitute(value, conf, union(used, reference));
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String value(String prefix, String name, SessionConf conf) {
    if (prefix == null || CONF_PREFIXES.contains(prefix)) {
      return conf.get(name).orElse("");
    }
    return switch (prefix) {
      case "env" -> System.getenv(name);
      case "system" -> System.getProperty(name);
      default -> null;
    };
  }

  private static Set<String> union(Set<String> used, String reference) {
    java.util.Set<String> all = new java.util.HashSet<>(used);
    all.add(reference);
    return all;
  }
}
