package dev.ember.plan.usercode;

import dev.ember.plan.command.ClassFunction;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * The functions of JVM classes a SQL statement names ({@link ClassFunction}): the class loaded from the session's
 * classes (and the function's jars), then made a function by the front end that knows Spark's API, which installs
 * itself here (the engine never knows Spark's classes), as Spark's session catalog builds a function of its class.
 */
public final class ClassFunctions {
  /** Makes a loaded class a function named {@code name}, or fails as Spark does for a class it has no handler for. */
  @FunctionalInterface
  public interface Maker {
    ScalarUserFunction make(String name, Class<?> type);
  }

  private static volatile Maker maker;
  /**
   * The loaders of a function's jars, by the session loader they extend: one per jar list, reused while anything
   * holds it (held weakly: a loader refers to the session's, which would otherwise never leave the map).
   */
  private static final Map<ClassLoader, Map<List<String>, java.lang.ref.WeakReference<ClassLoader>>> JAR_LOADERS =
      new WeakHashMap<>();

  private ClassFunctions() {
  }

  public static void install(Maker frontEnd) {
    maker = Objects.requireNonNull(frontEnd, "frontEnd");
  }

  /**
   * The function a call of {@code function} stands for, named {@code name} (Spark's {@code spark_catalog.db.f} or
   * {@code f}); {@code quotedName} names it in errors.
   */
  public static ScalarUserFunction function(ClassFunction function, String name, String quotedName,
      ClassLoader sessionLoader) {
    Maker installed = maker;
    if (installed == null) {
      throw new IllegalStateException("no front end installed to make functions of JVM classes");
    }
    return installed.make(name, load(function, quotedName, sessionLoader));
  }

  /** The function's class: CANNOT_LOAD_FUNCTION_CLASS when neither the session nor the function's jars hold it. */
  public static Class<?> load(ClassFunction function, String quotedName, ClassLoader sessionLoader) {
    try {
      return Class.forName(function.className(), true, loader(function.jars(), sessionLoader));
    } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
      // (a jar that is no path or URI holds no class, as Spark's addJar only logs it)
      throw dev.ember.plan.errors.SparkErrors.cannotLoadFunctionClass(function.className(), quotedName);
    }
  }

  private static ClassLoader loader(List<String> jars, ClassLoader sessionLoader) {
    if (jars.isEmpty()) {
      return sessionLoader;
    }
    synchronized (JAR_LOADERS) {
      Map<List<String>, java.lang.ref.WeakReference<ClassLoader>> loaders =
          JAR_LOADERS.computeIfAbsent(sessionLoader, parent -> new java.util.HashMap<>());
      java.lang.ref.WeakReference<ClassLoader> known = loaders.get(jars);
      ClassLoader loader = known == null ? null : known.get();
      if (loader == null) {
        loader = new URLClassLoader(jars.stream().map(ClassFunctions::url).toArray(URL[]::new), sessionLoader);
        loaders.put(List.copyOf(jars), new java.lang.ref.WeakReference<>(loader));
      }
      return loader;
    }
  }

  /** A jar's URI ({@code file:/...}, a URL) or a local path; IllegalArgumentException when it is neither. */
  private static URL url(String jar) {
    try {
      URI uri = URI.create(jar);
      return uri.getScheme() == null ? java.nio.file.Path.of(jar).toAbsolutePath().toUri().toURL() : uri.toURL();
    } catch (MalformedURLException | java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("not a jar's path or URI: " + jar, e);
    }
  }
}
