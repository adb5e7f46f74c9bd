package dev.ember.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An engine's JVM ({@link EngineWorker}) and the runner's side of its line protocol. */
final class EngineProcess implements AutoCloseable {
    static final long START_TIMEOUT_SECONDS = 180;
    final String engine;
    private final List<String> command;
    private final long timeoutSeconds;
    private Process process;
    private PrintWriter commands;
    private BlockingQueue<String> answers;
    String version;
    String lastError;

    EngineProcess(String engine, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        this.engine = engine;
        this.command = command;
        this.timeoutSeconds = timeoutSeconds;
        start();
    }

    private void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // Spark binds its driver to loopback (and stops warning that the hostname resolves to it)
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        process = builder.start();
        commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        answers = new LinkedBlockingQueue<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> queue = answers;
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("@@")) {
                        queue.add(line.substring(2));
                    } else {
                        System.err.println("[" + engine + "] " + line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            queue.add("err " + engine + " process ended");
        }, "worker-" + engine);
        thread.setDaemon(true);
        thread.start();
        String hello = answers.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (hello == null || !hello.startsWith("ok ")) {
            process.destroyForcibly();
            throw new IllegalStateException(engine + " did not start: " + hello);
        }
        version = hello.substring(3);
    }

    /** The answer's fields after "ok", or null (with {@link #lastError}) on an error or a timeout. */
    String[] call(String request) throws InterruptedException {
        commands.println(request);
        String answer = answers.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (answer == null) {
            lastError = "timeout after " + timeoutSeconds + " s";
            process.destroyForcibly();
            process.waitFor();
            return null;
        }
        if (answer.startsWith("ok")) {
            String rest = answer.substring(2).trim();
            return rest.isEmpty() ? new String[0] : rest.split(" ");
        }
        lastError = answer.startsWith("err ") ? answer.substring(4) : answer;
        return null;
    }

    /** The CPU time the engine's process used so far (zero when the OS does not say). */
    java.time.Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    void restartIfDead() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            System.err.println("restarting " + engine);
            start();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            commands.println("quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
