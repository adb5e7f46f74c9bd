package dev.ember.suites.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One suite in a JVM of its own, through ScalaTest's runner, with a time limit: its JUnit XML report
 * and its console log go under {@code work}; on timeout the JVM and the server it started are stopped.
 */
final class ScalaTestRun {
  /**
   * The JVM options of Spark's own test runs: the stack its build gives test JVMs ({@code -Xss4m} in the
   * {@code argLine} of spark-parent, which the client needs to serialize a plan as deep as the server's
   * {@code spark.connect.grpc.marshallerRecursionLimit}) and the options Spark's launcher adds on Java 17
   * (Arrow and Spark's date handling need them).
   */
  private static final List<String> JVM_OPTIONS = List.of(
      "-Xmx2g",
      "-Xss4m",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private ScalaTestRun() {
  }

  /** Whether the suite finished in time. */
  static boolean run(String suiteClass, SuitesClasspath classpath, Path sparkHome, Path work, long timeoutMinutes) {
    try {
      Path reports = work.resolve("junit");
      Files.createDirectories(reports);
      // a report left by an earlier run must not stand for this one (a run that aborts writes none)
      Files.deleteIfExists(reports.resolve("TEST-" + suiteClass + ".xml"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(JVM_OPTIONS);
      command.add("-Dspark.test.home=" + sparkHome);
      command.add("-cp");
      command.add(classpath.asArgument());
      command.addAll(List.of("org.scalatest.tools.Runner", "-oW", "-u", reports.toString(), "-s", suiteClass));
      String tests = System.getProperty("ember.suites.tests", "");
      if (!tests.isBlank()) {
        command.addAll(List.of("-z", tests)); // only the tests whose names hold this text
      }
      ProcessBuilder builder = new ProcessBuilder(command).directory(sparkHome.toFile())
          .redirectErrorStream(true).redirectOutput(work.resolve(suiteClass + ".log").toFile());
      builder.environment().put("SPARK_HOME", sparkHome.toString());
      Process process = builder.start();
      boolean finished = process.waitFor(timeoutMinutes, TimeUnit.MINUTES);
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      if (!finished) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      return finished;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + suiteClass, e);
    }
  }
}
