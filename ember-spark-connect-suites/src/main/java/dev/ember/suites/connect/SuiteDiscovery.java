package dev.ember.suites.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The suites of the client's tests jar that talk to a server (they mix in {@code RemoteSparkSession}),
 * and those that cannot run against any Connect server started this way, with the reason.
 */
final class SuiteDiscovery {
  private static final String REMOTE_SESSION = "org.apache.spark.sql.connect.test.RemoteSparkSession";
  private static final Map<String, String> NOT_APPLICABLE = Map.of(
      "org.apache.spark.sql.application.ReplE2ESuite", "not applicable: needs the Ammonite REPL of a Spark build",
      "org.apache.spark.sql.application.AmmoniteReplE2ESuite", "not applicable: needs the Ammonite REPL of a Spark build");
  private static final String STREAMING_PACKAGE = "org.apache.spark.sql.connect.streaming.";

  private SuiteDiscovery() {
  }

  /** A suite to run, or one reported as not applicable. */
  record Suite(String className, Optional<String> notApplicable) {
    String simpleName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }

  static List<Suite> suites(SuitesClasspath classpath) {
    List<Suite> suites = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls(classpath.entries()), null);
         JarFile jar = new JarFile(classpath.relocatedSuites().toFile())) {
      Class<?> remote = Class.forName(REMOTE_SESSION, false, loader);
      for (String name : jar.stream().map(entry -> entry.getName()).filter(n -> n.endsWith("Suite.class"))
          .sorted().toList()) {
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> suite = Class.forName(className, false, loader);
        if (!remote.isAssignableFrom(suite) || java.lang.reflect.Modifier.isAbstract(suite.getModifiers())) {
          continue;
        }
        suites.add(new Suite(className, Optional.ofNullable(NOT_APPLICABLE.get(className))
            .or(() -> className.startsWith(STREAMING_PACKAGE)
                ? Optional.of("not applicable: streaming (Ember has no streaming yet)") : Optional.empty())));
      }
      return suites;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the suites' classpath is incomplete", e);
    }
  }

  private static URL[] urls(List<Path> entries) {
    return entries.stream().map(entry -> {
      try {
        return entry.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }).toArray(URL[]::new);
  }
}
