package dev.ember.connect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * A session's user classes, as Spark Connect's server loads them: the class files ({@code classes/a/b/C.class})
 * and jars ({@code jars/x.jar}) the client uploaded with {@code AddArtifacts} (its class finders,
 * {@code spark.addArtifact}), before the classes the server itself sees. Artifacts uploaded later are found too.
 */
final class ArtifactClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** The session's stored artifacts, by name. */
  private final Function<String, Optional<byte[]>> artifact;
  private final java.util.function.Supplier<Map<String, byte[]>> jars;

  ArtifactClassLoader(ClassLoader parent, Function<String, Optional<byte[]>> artifact,
      java.util.function.Supplier<Map<String, byte[]>> jars) {
    super("ember-session-artifacts", parent);
    this.artifact = artifact;
    this.jars = jars;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    String path = name.replace('.', '/') + ".class";
    Optional<byte[]> bytes = artifact.apply("classes/" + path);
    if (bytes.isEmpty()) {
      bytes = fromJars(name, path);
    }
    if (bytes.isEmpty()) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes.get(), 0, bytes.get().length);
  }

  private Optional<byte[]> fromJars(String name, String path) throws ClassNotFoundException {
    for (byte[] jar : jars.get().values()) {
      try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
        for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
          if (entry.getName().equals(path)) {
            return Optional.of(in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new ClassNotFoundException(name + " (an uploaded jar cannot be read: " + e.getMessage() + ")", e);
      }
    }
    return Optional.empty();
  }
}
