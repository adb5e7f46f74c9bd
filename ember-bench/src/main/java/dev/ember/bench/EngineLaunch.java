package dev.ember.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts each engine's JVM with its command line: the Ember and DuckDB engines on this JVM's classpath
 * (the reactor's modules and their dependencies); {@code ember-loopback} after starting an Ember server
 * process ({@link LoopbackServer}); {@code spark}, {@code spark-sql} on classic Spark's classpath plus this module's classes,
 * with the JVM flags Spark itself adds on Java 17 (its {@code JavaModuleOptions}).
 */
final class EngineLaunch implements AutoCloseable {
    static final List<String> EMBER_FLAGS = List.of(
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US");
    static final List<String> SPARK_FLAGS = List.of(
        "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
        "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true",
        "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US");
    static final String EMBER_HEAP = "-Xmx3g";

    private final BenchmarkOptions options;
    private final Path data;
    private final Path work;
    private LoopbackServer loopbackServer;

    EngineLaunch(BenchmarkOptions options, Path data, Path work) {
        this.options = options;
        this.data = data;
        this.work = work;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> javaWithFlags(List<String> flags, String heap) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(flags);
        command.add(heap);
        return command;
    }

    EngineProcess start(String engine) throws IOException, InterruptedException {
        List<String> command;
        List<String> parameters = new ArrayList<>();
        if (engine.startsWith("spark")) {
            command = sparkJava(options.root, options.sparkHeap, options.sparkClasspath);
            parameters.add(options.sparkMaster);
            parameters.add(options.sparkShufflePartitions);
            if (engine.equals("spark-sql")) {
                parameters.add(sqlQueries().toString());
            }
        } else {
            command = emberJava(options.memoryLimit, options.tempDirectory);
            if (engine.equals("ember-spark-sql")) {
                parameters.add(sqlQueries().toString());
            }
            if (engine.equals("ember-loopback")) {
                loopbackServer = new LoopbackServer(javaWithFlags(EMBER_FLAGS, EMBER_HEAP), System.getProperty("java.class.path"),
                    options.memoryLimit, options.tempDirectory);
                parameters.add(loopbackServer.url);
            }
        }
        command.addAll(List.of(EngineWorker.class.getName(), engine, data.toString(),
            Double.toString(options.scaleFactor), work.resolve(engine).toString()));
        command.addAll(parameters);
        return new EngineProcess(engine, command, options.timeoutSeconds);
    }

    /** An Ember or DuckDB engine's JVM: this JVM's classpath, the benchmark's DuckDB memory limit and temp directory. */
    static List<String> emberJava(String memoryLimit, String tempDirectory) {
        List<String> command = javaWithFlags(EMBER_FLAGS, EMBER_HEAP);
        command.add("-D" + DuckDbEngine.MEMORY_LIMIT_PROPERTY + "=" + memoryLimit);
        command.add("-D" + DuckDbEngine.TEMP_DIRECTORY_PROPERTY + "=" + tempDirectory);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    /** A classic Spark engine's JVM: Spark's flags, its classpath plus this module's classes, the reference's log4j. */
    static List<String> sparkJava(Path root, String heap, String sparkClasspath) {
        List<String> command = javaWithFlags(SPARK_FLAGS, "-Xmx" + heap);
        Path log4j = root.resolveSibling("ember-reference").resolve("log4j2.properties");
        if (Files.exists(log4j)) {
            command.add("-Dlog4j2.configurationFile=" + log4j);
        }
        command.addAll(List.of("-cp", sparkClasspath + File.pathSeparator + benchClasses()));
        return command;
    }

    /** Where the runner writes Spark's {@code tpch/qN.sql} texts for the SQL-text engines. */
    Path sqlQueries() {
        return work.resolve("spark-sql-queries");
    }

    /** This module's compiled classes (a directory or jar), the only Ember code on Spark's classpath. */
    static String benchClasses() {
        try {
            return Path.of(EngineWorker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (loopbackServer != null) {
            loopbackServer.close();
        }
    }
}
