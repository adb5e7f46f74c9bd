package dev.ember.cli;

import dev.ember.EmberServer;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ember submit --class com.acme.Job app.jar args...}: runs an unchanged Spark job on Ember.
 * Ember listens on a loopback port and sets {@code spark.remote}, so the job's
 * {@code SparkSession.builder()...getOrCreate()} connects to it.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Run a Spark job's main class on Ember, as spark-submit would on a cluster.")
final class SubmitCommand implements Callable<Integer> {
  @Option(names = "--class", required = true, description = "The job's main class.")
  private String mainClass;

  @Option(names = "--jars", split = ",", description = "More jars for the job's classpath.")
  private List<File> extraJars = new ArrayList<>();

  @Parameters(index = "0", description = "The job's jar.")
  private File applicationJar;

  @Parameters(index = "1..*", description = "Arguments passed to the job's main method.")
  private List<String> applicationArguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!applicationJar.isFile()) {
      System.err.println("ember submit: no such jar: " + applicationJar);
      return 2;
    }
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, java.util.Map.of(
        dev.ember.engine.EmberEngine.SCRIPTS_ENABLED, "true"))) {
      System.setProperty("spark.remote", server.remoteUrl());
      List<URL> urls = new ArrayList<>();
      urls.add(applicationJar.toURI().toURL());
      for (File jar : extraJars) {
        urls.add(jar.toURI().toURL());
      }
      try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
        Thread.currentThread().setContextClassLoader(loader);
        // the job's UDFs and typed functions come from its jars, as Spark's executors load them
        server.useUserClassLoader(loader);
        Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
          System.err.println("ember submit: " + mainClass + ".main is not static");
          return 2;
        }
        main.invoke(null, (Object) applicationArguments.toArray(String[]::new));
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }
    return 0;
  }
}
