package dev.ember.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ember server process for the {@code ember-loopback} engine: {@code bin/ember server}'s own entry
 * point ({@code dev.ember.cli.EmberCli server --port 0}) in its own JVM, on a free loopback port read
 * from the line it prints. Stopped with SIGTERM (its shutdown hook closes the server and the engine).
 */
final class LoopbackServer implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving Spark Connect on (sc://\\S+)");
    private final Process process;
    final String url;

    LoopbackServer(List<String> javaAndFlags, String classpath, String memoryLimit, String tempDirectory)
        throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaAndFlags);
        command.addAll(List.of("-cp", classpath, "dev.ember.cli.EmberCli", "server", "--host", "127.0.0.1", "--port", "0"));
        if (!memoryLimit.isEmpty()) {
            command.addAll(List.of("--conf", "spark.ember.duckdb.memoryLimit=" + memoryLimit));
        }
        if (!tempDirectory.isEmpty()) {
            command.addAll(List.of("--conf", "spark.ember.duckdb.tempDirectory=" + tempDirectory + "/ember-loopback"));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> serving = new CompletableFuture<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        serving.complete(matcher.group(1));
                    } else {
                        System.err.println("[ember-server] " + line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            serving.completeExceptionally(new IllegalStateException("the Ember server process ended"));
        }, "ember-server-output");
        thread.setDaemon(true);
        thread.start();
        try {
            url = serving.get(EngineProcess.START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the Ember server did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
