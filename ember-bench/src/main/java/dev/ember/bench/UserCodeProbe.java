package dev.ember.bench;

import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.SparkSession;

/**
 * One process of {@link UserCodeBenchmark}: every workload of {@link UserCodeWorkloads} on one engine, a warm-up run
 * and then the measured one each, their results checked. Arguments: {@code user-ENGINE LAUNCH_EPOCH_MS ROWS}, ENGINE
 * {@code ember} ({@code Ember.session()}, embedded) or {@code spark} (classic Spark 4.2.0, {@code local[2]}). Prints
 * {@code @@phase WORKLOAD MS} (and {@code WORKLOAD warm-up}) lines, then {@code @@rss}.
 */
public final class UserCodeProbe {
    static final String WARM_UP = " warm-up";

    private UserCodeProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean ember = args[0].endsWith("-ember");
        long rows = Long.parseLong(args[2]);
        SparkSession spark = ember ? LocalDataProbe.EmberSessions.embedded() : StartupProbe.sparkLocal();
        for (Map.Entry<String, BiFunction<SparkSession, Long, Long>> workload : UserCodeWorkloads.all().entrySet()) {
            long expected = UserCodeWorkloads.expected(workload.getKey(), rows);
            for (String phase : new String[] {workload.getKey() + WARM_UP, workload.getKey()}) {
                long started = System.nanoTime();
                long result = workload.getValue().apply(spark, rows);
                StartupProbe.phase(phase, (System.nanoTime() - started) / 1e6);
                if (result != expected) {
                    throw new IllegalStateException(phase + ": " + result + ", not " + expected);
                }
            }
        }
        StartupProbe.printPeakResident();
        System.exit(0);
    }
}
