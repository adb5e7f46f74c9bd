package dev.ember.suites.connect;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath the suites run with: the Maven-resolved dependencies of this module, with the
 * published suites jar replaced by its relocated copy (compiled against the unshaded client, the
 * published jar calls gRPC and protobuf by their original names, which the shaded client renamed).
 */
record SuitesClasspath(List<Path> entries, Path relocatedSuites, Path publishedSuites, Path catalystTests) {
  private static final String SUITES_JAR = "spark-connect-client-jvm_2.13-4.2.0-tests.jar";
  private static final String CATALYST_TESTS_JAR = "spark-catalyst_2.13-4.2.0-tests.jar";

  static SuitesClasspath read(Path classpathFile, Path relocatedSuites) {
    try {
      List<Path> resolved = new ArrayList<>();
      for (String entry : Files.readString(classpathFile).strip().split(File.pathSeparator)) {
        resolved.add(Path.of(entry));
      }
      Path published = find(resolved, SUITES_JAR);
      Path catalyst = find(resolved, CATALYST_TESTS_JAR);
      List<Path> entries = new ArrayList<>();
      entries.add(relocatedSuites);
      resolved.stream().filter(entry -> !entry.equals(published)).forEach(entries::add);
      return new SuitesClasspath(List.copyOf(entries), relocatedSuites, published, catalyst);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String asArgument() {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  private static Path find(List<Path> entries, String fileName) {
    return entries.stream().filter(entry -> entry.getFileName().toString().equals(fileName)).findFirst()
        .orElseThrow(() -> new IllegalStateException(fileName + " is not on the suites' classpath"));
  }
}
