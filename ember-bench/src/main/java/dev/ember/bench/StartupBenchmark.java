package dev.ember.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cold start and collect throughput, Ember embedded vs Spark local, each measurement in a fresh process
 * ({@link StartupProbe}), the engines alternating run by run; medians per phase. Writes
 * {@code <root>/results/startup.md}.
 * <pre>StartupBenchmark [--runs=5] [--rows=10000000] [--collect-runs=3] [--root=bench] [--spark-classpath=CP]</pre>
 */
public final class StartupBenchmark {
    /** A probe still running after this long is killed (and reported as failed). */
    static final long PROBE_TIMEOUT_SECONDS = 900;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("runs", "5", "rows", "10000000", "collect-runs", "3",
            "root", "bench", "spark-classpath", System.getenv().getOrDefault("EMBER_BENCH_SPARK_CLASSPATH", "")));
        for (String argument : args) {
            options.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
        }
        int runs = Integer.parseInt(options.get("runs"));
        String sparkClasspath = options.get("spark-classpath").trim();
        List<String> modes = new ArrayList<>(List.of("cold-ember", "cold-duckdb"));
        if (!sparkClasspath.isEmpty()) {
            modes.add("cold-spark");
        }
        String loadBefore = BenchmarkRunner.loadAverage();
        Map<String, ProbeRuns> cold = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (String mode : modes) {
                cold.computeIfAbsent(mode, key -> new ProbeRuns()).add(probe(mode, sparkClasspath));
            }
        }
        Map<String, ProbeRuns> collect = new LinkedHashMap<>();
        for (String mode : modes.contains("cold-spark") ? List.of("collect-ember", "collect-spark") : List.of("collect-ember")) {
            collect.computeIfAbsent(mode, key -> new ProbeRuns()).add(probe(mode, sparkClasspath, options.get("rows"), options.get("collect-runs")));
        }
        String report = report(cold, collect, runs, Long.parseLong(options.get("rows")), loadBefore);
        Path out = Path.of(options.get("root")).toAbsolutePath().normalize().resolve("results").resolve("startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("report: " + out);
    }

    static Map<String, Double> probe(String mode, String sparkClasspath, String... extra) throws IOException, InterruptedException {
        return probe(StartupProbe.class, mode, sparkClasspath, extra);
    }

    /**
     * One process running {@code probeClass}'s main (StartupProbe's protocol: MODE LAUNCH_EPOCH_MS EXTRA...):
     * its phases in order (ms), its peak RSS, and the wall clock from launch to exit. A mode ending in
     * {@code -spark} runs on classic Spark's classpath plus this module's classes.
     */
    static Map<String, Double> probe(Class<?> probeClass, String mode, String sparkClasspath, String... extra)
        throws IOException, InterruptedException {
        boolean spark = mode.endsWith("-spark");
        List<String> command = EngineLaunch.javaWithFlags(spark ? EngineLaunch.SPARK_FLAGS : EngineLaunch.EMBER_FLAGS, "-Xmx6g");
        command.addAll(List.of("-cp", spark ? sparkClasspath + File.pathSeparator + EngineLaunch.benchClasses() : System.getProperty("java.class.path")));
        command.add(probeClass.getName());
        command.add(mode);
        int launchIndex = command.size();
        command.add("");
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        long launch = System.currentTimeMillis();
        command.set(launchIndex, Long.toString(launch));
        Process process = builder.command(command).start();
        CompletableFuture.delayedExecutor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
        Map<String, Double> phases = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("@@phase ")) {
                    String[] nameAndValue = line.substring(8).split("\t");
                    phases.put(nameAndValue[0], Double.parseDouble(nameAndValue[1]));
                } else if (line.startsWith("@@rss ")) {
                    phases.put(ProbeRuns.RSS, Double.parseDouble(line.substring(6)));
                }
            }
        }
        if (process.waitFor() != 0 || !phases.containsKey(ProbeRuns.RSS)) {
            throw new IllegalStateException(mode + " failed (exit " + process.exitValue() + "): " + phases);
        }
        phases.put(ProbeRuns.EXIT, (double) (System.currentTimeMillis() - launch));
        System.out.println(mode + " " + phases);
        return phases;
    }

    static String report(Map<String, ProbeRuns> cold, Map<String, ProbeRuns> collect, int runs, long rows, String loadBefore) {
        StringBuilder b = new StringBuilder("# Cold start and collect throughput: Ember embedded vs Spark local\n\n");
        b.append("Generated by `dev.ember.bench.StartupBenchmark` on ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .append(" — see docs/performance.md. ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average before `")
            .append(loadBefore).append("`, after `").append(BenchmarkRunner.loadAverage()).append("`.\n\n");
        b.append("## Cold start: a new JVM to the first `show()` (median of ").append(runs)
            .append(" processes each, engines alternating; ms)\n\n");
        b.append("Query: `spark.range(1000).withColumn(\"k\", col(\"id\").mod(10)).groupBy(\"k\").count().orderBy(\"k\").show()`. ")
            .append("Ember: `Ember.session()` (DuckDB's native library loads on a background thread meanwhile), then `spark.version()` (the first RPC, ")
            .append("which waits for the engine), then the query. Spark: `SparkSession.builder().master(\"local[2]\").getOrCreate()`, then the query. ")
            .append("`cold-duckdb`: DuckDB JDBC alone (native load + connection, `SELECT 42`), for scale. Peak RSS: VmHWM at the end.\n\n");
        cold.forEach((mode, probeRuns) -> b.append(probeRuns.table(mode)).append('\n'));
        b.append("## collectAsList() of ").append(String.format(Locale.ROOT, "%,d", rows))
            .append(" rows × 5 columns (long, long, double, int, string from `spark.range`)\n\n");
        b.append("One process per engine: a warm-up collect, then the measured ones (each a median over them).\n\n");
        b.append("| engine | collect ms (median) | rows/s | warm-up ms | peak RSS MiB |\n|---|---:|---:|---:|---:|\n");
        collect.forEach((mode, probeRuns) -> {
            b.append(String.format(Locale.ROOT, "| %s | %.0f | %,.0f | %.0f | %.0f |%n", mode.substring("collect-".length()),
                probeRuns.collectMedian(), rows / (probeRuns.collectMedian() / 1000), probeRuns.median("collect warm-up"),
                probeRuns.median(ProbeRuns.RSS)));
        });
        return b.toString();
    }
}
