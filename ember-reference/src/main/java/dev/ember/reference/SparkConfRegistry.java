package dev.ember.reference;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.internal.config.ConfigEntry;
import org.apache.spark.internal.config.FallbackConfigEntry;
import org.apache.spark.internal.config.ConfigEntry$;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.internal.SQLConf$;

/**
 * Writes the SQL configuration keys real Spark 4.2.0 defines (its SQL, static SQL and Spark Connect
 * server confs) with their default as {@code RuntimeConfig} reports it, and Spark's core confs, which a
 * session cannot set: one line per key, {@code key TAB kind TAB default TAB fallback TAB type TAB
 * checks}, where kind is {@code runtime}, {@code static}, {@code core} or {@code removed} (a conf Spark
 * removed: its default is the only value Spark accepts for it, its checks Spark's answer to another); the
 * default is the text {@code RuntimeConfig.get} returns when nothing is set, {@code <undefined>} for a conf without one, {@code <environment>} for the
 * defaults Spark takes from the machine it runs on (the JVM's time zone, the working directory's
 * warehouse); fallback is the key whose value the conf takes once that key is set; type and checks say how
 * Spark checks a value set for a SQL conf ({@link SparkConfProbe}).
 */
final class SparkConfRegistry {
  private static final Set<String> FROM_ENVIRONMENT = Set.of("spark.sql.session.timeZone", "spark.sql.warehouse.dir");

  private SparkConfRegistry() {
  }

  @SuppressWarnings("unchecked")
  static void write(Path file) throws Exception {
    // loading Spark Connect's config object registers its confs with SQLConf
    Class.forName("org.apache.spark.sql.connect.config.Connect$").getField("MODULE$").get(null);
    Object sqlConf = SQLConf$.MODULE$;
    Map<String, ConfigEntry<?>> entries = (Map<String, ConfigEntry<?>>) field(sqlConf, "sqlConfEntries");
    Set<String> staticKeys = (Set<String>) field(sqlConf, "staticConfKeys");
    SQLConf unset = new SQLConf();
    Map<String, String> lines = new TreeMap<>();
    for (ConfigEntry<?> entry : entries.values()) {
      String kind = staticKeys.contains(entry.key()) ? "static" : "runtime";
      String fallback = entry instanceof FallbackConfigEntry<?> fallbackEntry ? fallbackEntry.fallback().key() : "";
      SparkConfProbe probe = new SparkConfProbe(entry);
      String type = probe.type();
      lines.put(entry.key(), entry.key() + "\t" + kind + "\t" + defaultText(unset, entry) + "\t" + fallback
          + "\t" + type + "\t" + probe.checks(type));
    }
    // removed confs: Spark refuses any value but the one they had when they were removed
    scala.collection.Iterator<String> removedKeys = SQLConf$.MODULE$.removedSQLConfigs().keysIterator();
    while (removedKeys.hasNext()) {
      String key = removedKeys.next();
      Object removed = SQLConf$.MODULE$.removedSQLConfigs().apply(key);
      String removalValue = (String) removed.getClass().getMethod("defaultValue").invoke(removed);
      lines.putIfAbsent(key, key + "\tremoved\t" + removalValue + "\t\tstring\t" + "["
          + SparkConfProbe.answer(SparkConfProbe.MISMATCH, value -> new SQLConf().setConfString(key, value)) + "]");
    }
    Map<String, ConfigEntry<?>> known = (Map<String, ConfigEntry<?>>) field(ConfigEntry$.MODULE$, "knownConfigs");
    for (String key : known.keySet()) {
      lines.putIfAbsent(key, key + "\tcore\t<undefined>\t\t\t");
    }
    List<String> text = new ArrayList<>(lines.values());
    Files.writeString(file, String.join("\n", text) + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + text.size() + " SQL conf keys to " + file);
  }

  private static String defaultText(SQLConf unset, ConfigEntry<?> entry) {
    if (FROM_ENVIRONMENT.contains(entry.key())) {
      return "<environment>";
    }
    String text = unset.getConfString(entry.key());
    return text == null ? "<undefined>" : text.replace("\t", " ").replace("\n", " ");
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (Field field : owner.getClass().getDeclaredFields()) {
      if (field.getName().equals(name) || field.getName().endsWith("$$" + name)) {
        field.setAccessible(true);
        return field.get(owner);
      }
    }
    throw new NoSuchFieldException(name);
  }
}
