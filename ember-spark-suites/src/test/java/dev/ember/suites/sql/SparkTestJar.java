package dev.ember.suites.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Resources of {@code spark-sql_2.13:4.2.0:tests}, read from the jar on the test classpath, never copied into the repository. */
public final class SparkTestJar {
  private SparkTestJar() {
  }

  /** The names of the jar's entries under {@code directory} ending in {@code suffix}, sorted. */
  public static List<String> list(String directory, String suffix) {
    URL url = SparkTestJar.class.getClassLoader().getResource(directory);
    if (url == null) {
      throw new IllegalStateException(directory + " is not on the classpath: add spark-sql_2.13:4.2.0:tests");
    }
    try {
      JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
      List<String> names = new ArrayList<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.startsWith(directory + "/") && name.endsWith(suffix)) {
          names.add(name);
        }
      }
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean exists(String name) {
    return SparkTestJar.class.getClassLoader().getResource(name) != null;
  }

  public static String read(String name) {
    try (InputStream in = SparkTestJar.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " in Spark's tests jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the resource in {@code directory}, for a reader that needs a file. */
  static Path extract(String name, Path directory) {
    try (InputStream in = SparkTestJar.class.getClassLoader().getResourceAsStream(name)) {
      Path target = directory.resolve(name.substring(name.lastIndexOf('/') + 1));
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
